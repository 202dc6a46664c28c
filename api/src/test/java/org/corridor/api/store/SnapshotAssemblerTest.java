package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.types.BooleanType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotAssemblerTest {

  @Test
  void rowsAreSortedByIndicatorThenAreaThenPeriodWhateverTheOrderRead() {
    ObservationSnapshot snapshot =
        assemble(
            List.of(
                GoldRow.of("17.3.2", "SLV", "2004", 18.67),
                GoldRow.of("10.c.1", "SLV", "2016-Q4", 6.1),
                GoldRow.of("17.3.2", "GTM", "2004", 10.1),
                GoldRow.of("17.3.2", "SLV", "2003", 16.05)),
            Optional.empty());

    assertThat(keys(snapshot))
        .containsExactly(
            "10.c.1 SLV 2016-Q4", "17.3.2 GTM 2004", "17.3.2 SLV 2003", "17.3.2 SLV 2004");
    assertThat(snapshot.column("value").value(3)).isEqualTo(18.67);
    assertThat(snapshot.integers("year").intValue(0)).isEqualTo(2016);
  }

  @Test
  void disaggregationsBreakTiesWithTheTotalFirst() {
    ObservationSnapshot snapshot =
        assemble(
            List.of(
                GoldRow.of("10.7.1", "PHL", "2019", 1.2).with("sex", "M"),
                GoldRow.of("10.7.1", "PHL", "2019", 1.1).with("sex", "F"),
                GoldRow.of("10.7.1", "PHL", "2019", 1.15)),
            Optional.empty());

    assertThat(snapshot.column("sex").value(0)).isNull();
    assertThat(snapshot.column("sex").value(1)).isEqualTo("F");
    assertThat(snapshot.column("sex").value(2)).isEqualTo("M");
  }

  @Test
  void rowsOfAnIndicatorAreOneContiguousRange() {
    ObservationSnapshot snapshot =
        assemble(
            List.of(
                GoldRow.of("17.3.2", "SLV", "2004", 18.67),
                GoldRow.of("10.c.1", "SLV", "2016-Q4", 6.1),
                GoldRow.of("17.3.2", "GTM", "2004", 10.1),
                GoldRow.of("8.8.1", "SLV", "2010", 3.0)),
            Optional.empty());

    assertThat(snapshot.rowsOf("10.c.1")).isEqualTo(new RowRange(0, 1));
    assertThat(snapshot.rowsOf("17.3.2")).isEqualTo(new RowRange(1, 3));
    assertThat(snapshot.rowsOf("8.8.1")).isEqualTo(new RowRange(3, 4));
    assertThat(snapshot.rowsOf("10.7.2").size()).isZero();
  }

  @Test
  void rowsTheSelectionVectorDropsAreNotStored() {
    List<Boolean> selected = new ArrayList<>(List.of(true, false, true));
    selected.add(null);

    ObservationSnapshot snapshot =
        assemble(
            List.of(
                GoldRow.of("17.3.2", "SLV", "2003", 16.05),
                GoldRow.of("17.3.2", "SLV", "2004", 18.67),
                GoldRow.of("17.3.2", "SLV", "2005", 17.83),
                GoldRow.of("17.3.2", "SLV", "2006", 18.2)),
            Optional.of(selected));

    assertThat(snapshot.rowCount()).isEqualTo(2);
    assertThat(keys(snapshot)).containsExactly("17.3.2 SLV 2003", "17.3.2 SLV 2005");
  }

  @Test
  void nullValuesStayNull() {
    ObservationSnapshot snapshot =
        assemble(List.of(GoldRow.of("17.3.2", "SLV", "2004", 18.67)), Optional.empty());

    assertThat(snapshot.column("numerator").value(0)).isNull();
    assertThat(snapshot.column("countries_with_data").value(0)).isNull();
    assertThat(snapshot.column("footnote").value(0)).isNull();
  }

  @Test
  void emptySnapshotHasNoTableVersionAndNoRows() {
    ObservationSnapshot empty = ObservationSnapshot.empty();

    assertThat(empty.version()).isEqualTo(ObservationSnapshot.NO_TABLE);
    assertThat(empty.rowCount()).isZero();
    assertThat(empty.rowsOf("17.3.2").size()).isZero();
  }

  private static ObservationSnapshot assemble(
      List<GoldRow> rows, Optional<List<Boolean>> selection) {
    ValuesBatch batch =
        ValuesBatch.of(
            KernelSchema.of(ObservationSnapshot.TABLE),
            rows.stream().map(GoldRow::values).toList());
    SnapshotAssembler assembler = new SnapshotAssembler(ObservationSnapshot.TABLE);
    assembler.append(
        new FilteredColumnarBatch(
            batch, selection.map(s -> new ValuesVector(BooleanType.BOOLEAN, s))));
    return ObservationSnapshot.of(assembler.build(7));
  }

  private static List<String> keys(ObservationSnapshot snapshot) {
    List<String> keys = new ArrayList<>();
    for (int row = 0; row < snapshot.rowCount(); row++) {
      keys.add(
          snapshot.column("indicator").value(row)
              + " "
              + snapshot.column("area").value(row)
              + " "
              + snapshot.column("period").value(row));
    }
    return keys;
  }
}
