package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.kernel.data.FilteredColumnarBatch;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodePostingsTest {
  /** Sorted: 10.c.1 rows 0-4 by area (MEX, MEX, MEX, SLV, SLV), then 17.3.2 rows 5-6. */
  private final ObservationSnapshot snapshot =
      assemble(
          List.of(
              corridor("MEX", "2020", "USA"),
              corridor("MEX", "2021", "ESP"),
              corridor("MEX", "2022", "USA"),
              corridor("SLV", "2020", "USA"),
              GoldRow.of("10.c.1", "SLV", "2021", 6.0),
              GoldRow.of("17.3.2", "MEX", "2020", 3.9),
              GoldRow.of("17.3.2", "SLV", "2020", 24.0)));

  @Test
  void theRowsOfAnAreaWithinAnIndicatorAreFoundByBinarySearch() {
    RowRange cost = snapshot.rowsOf("10.c.1");

    assertThat(snapshot.rowsOf(cost, "MEX")).isEqualTo(new RowRange(0, 3));
    assertThat(snapshot.rowsOf(cost, "SLV")).isEqualTo(new RowRange(3, 5));
    assertThat(snapshot.rowsOf(snapshot.rowsOf("17.3.2"), "SLV")).isEqualTo(new RowRange(6, 7));
    assertThat(snapshot.rowsOf(cost, "GTM").size()).isZero();
  }

  @Test
  void postingsHoldTheRowsOfEachCodeInAscendingOrderAndTheNullsApart() {
    CodePostings origins = snapshot.postings(snapshot.rowsOf("10.c.1"), "origin");
    TextColumn origin = snapshot.text("origin");
    int usa = origin.codeOf("USA");
    int esp = origin.codeOf("ESP");

    assertThat(origins.rows(new int[] {usa})).containsExactly(0, 2, 3);
    assertThat(origins.rows(new int[] {esp})).containsExactly(1);
    assertThat(origins.rows(new int[] {usa, esp})).containsExactly(0, 1, 2, 3);
    assertThat(origins.rows(new int[] {TextColumn.NULL_CODE})).containsExactly(4);
    assertThat(origins.count(new int[] {usa, TextColumn.NULL_CODE})).isEqualTo(4);
  }

  @Test
  void postingsAreBuiltOncePerColumnAndRangeAndCountInTheSnapshotsSize() {
    long bare = snapshot.table().sizeInBytes();

    CodePostings first = snapshot.postings(snapshot.rowsOf("10.c.1"), "origin");

    assertThat(snapshot.postings(snapshot.rowsOf("10.c.1"), "origin")).isSameAs(first);
    assertThat(snapshot.postings(snapshot.rowsOf("17.3.2"), "origin")).isNotSameAs(first);
    assertThat(snapshot.table().sizeInBytes()).isGreaterThan(bare);
  }

  @Test
  void rowsSortStablyByCodesWithNullsFirstAndPeriodsNewestFirst() {
    TextColumn origin = snapshot.text("origin");
    TextColumn period = snapshot.text("period");

    int[] sorted =
        RowOrder.sorted(new int[] {0, 1, 2, 3, 4}, List.of(origin.key(), period.descendingKey()));

    // Null origin (row 4), ESP (row 1), then USA by period: 2022 (row 2), 2020 (rows 0 and 3).
    assertThat(sorted).containsExactly(4, 1, 2, 0, 3);
  }

  private static GoldRow corridor(String area, String period, String origin) {
    return GoldRow.of("10.c.1", area, period, 6.0).with("origin", origin).with("destination", area);
  }

  private static ObservationSnapshot assemble(List<GoldRow> rows) {
    ValuesBatch batch =
        ValuesBatch.of(
            KernelSchema.of(ObservationSnapshot.TABLE),
            rows.stream().map(GoldRow::values).toList());
    SnapshotAssembler assembler = new SnapshotAssembler(ObservationSnapshot.TABLE);
    assembler.append(new FilteredColumnarBatch(batch, Optional.empty()));
    return ObservationSnapshot.of(assembler.build(1));
  }
}
