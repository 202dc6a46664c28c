package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.kernel.data.FilteredColumnarBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;
import org.junit.jupiter.api.Test;

/**
 * The silver activity tables in the store: list columns, and a natural key ending in an integer.
 */
class ListColumnAssemblyTest {
  private static final TableSpec TABLE = SilverTables.RCP_ACTIVITY;

  @Test
  void rowsSortByTheKeysTextsThenByItsIntegerNumerically() {
    TableSnapshot snapshot =
        assemble(
            List.of(
                row("annex", "MIDSA", "research", 10),
                row("annex", "COLOMBO", "research", 2),
                row("annex", "MIDSA", "research", 9),
                row("annex", "MIDSA", "capacity_building", 11)));

    assertThat(snapshot.sortKey()).containsExactly("source", "rcp", "activity_column", "sequence");
    List<String> keys = new ArrayList<>();
    for (int row = 0; row < snapshot.rowCount(); row++) {
      keys.add(snapshot.text("rcp").value(row) + " " + snapshot.integers("sequence").value(row));
    }
    assertThat(keys).containsExactly("COLOMBO 2", "MIDSA 11", "MIDSA 9", "MIDSA 10");
  }

  @Test
  void listsKeepTheirElementsInOrderAndANullListOrElementReadsAsNone() {
    GoldRow tagged =
        row("annex", "MIDSA", "research", 1)
            .with("years", List.of(2006, 2004))
            .with("countries", Arrays.asList("ZAF", null, "BWA"));
    GoldRow untagged = row("annex", "MIDSA", "research", 2).with("countries", null);

    TableSnapshot snapshot = assemble(List.of(untagged, tagged));

    assertThat(snapshot.integerLists("years").value(0)).containsExactly(2006, 2004);
    assertThat(snapshot.textLists("countries").value(0)).containsExactly("ZAF", "BWA");
    assertThat(snapshot.textLists("countries").contains(0, "BWA")).isTrue();
    assertThat(snapshot.textLists("countries").value(1)).isEmpty();
    assertThat(snapshot.integerLists("years").length(1)).isZero();
    assertThat(snapshot.integerLists("years").max(0)).isEqualTo(2006);
  }

  private static GoldRow row(String source, String rcp, String column, int sequence) {
    return GoldRow.of(TABLE)
        .with("source", source)
        .with("rcp", rcp)
        .with("activity_column", column)
        .with("sequence", sequence)
        .with("status", "REPORTED")
        .with("years", List.of())
        .with("countries", List.of())
        .with("gfmd_roundtables", List.of())
        .with("gcm_objectives", List.of())
        .with("sdg_targets", List.of());
  }

  private static TableSnapshot assemble(List<GoldRow> rows) {
    ValuesBatch batch =
        ValuesBatch.of(KernelSchema.of(TABLE), rows.stream().map(GoldRow::values).toList());
    SnapshotAssembler assembler = new SnapshotAssembler(TABLE);
    assembler.append(new FilteredColumnarBatch(batch, Optional.empty()));
    return assembler.build(0);
  }
}
