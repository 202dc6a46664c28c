package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodePostingsTest {
  /** Sorted: 10.c.1 rows 0-4 by area (MEX, MEX, MEX, SLV, SLV), then 17.3.2 rows 5-6. */
  private final ObservationSnapshot snapshot =
      TestSnapshots.observations(
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
  void rowsSortStablyByCodesWithNullsFirst() {
    TextColumn origin = snapshot.text("origin");

    int[] sorted = RowOrder.sorted(new int[] {0, 1, 2, 3, 4}, List.of(origin.key()));

    // Null origin (row 4), ESP (row 1), then USA in the order given (rows 0, 2, 3).
    assertThat(sorted).containsExactly(4, 1, 0, 2, 3);
  }

  @Test
  void seriesAreNumberedByAreaFirstAndShareANumberAcrossPeriods() {
    SeriesIds series = snapshot.seriesIds(snapshot.rowsOf("10.c.1"));

    // MEX: ESP (row 1), USA (rows 0 and 2); SLV: no origin (row 4), USA (row 3).
    assertThat(series.seriesCount()).isEqualTo(4);
    assertThat(new int[] {series.of(0), series.of(1), series.of(2), series.of(3), series.of(4)})
        .containsExactly(1, 0, 1, 3, 2);
  }

  private static GoldRow corridor(String area, String period, String origin) {
    return GoldRow.of("10.c.1", area, period, 6.0).with("origin", origin).with("destination", area);
  }
}
