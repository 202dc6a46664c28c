package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * The bytes a column reports against those the JVM lays out, walked by JOL: they differ only by the
 * few bytes a column's own small objects take beyond the fixed size the store counts for each.
 */
class RetainedSizeTest {

  @Test
  void everyColumnReportsTheBytesItsObjectGraphTakes() {
    String[] sexes = {null, "F", "M"};
    List<GoldRow> rows = new ArrayList<>();
    for (int row = 0; row < 1000; row++) {
      GoldRow gold =
          GoldRow.of("17.3.2", "A" + row % 150, Integer.toString(1000 + row), row)
              .with("sex", sexes[row % 3])
              .with("footnote", row % 10 == 0 ? "note " + row : null);
      if (row % 7 == 0) {
        gold.with("numerator", 1.0 * row).with("countries_with_data", row % 40 - 20);
      }
      rows.add(gold);
    }
    TableSnapshot snapshot = TestSnapshots.observations(rows).table();

    for (var column : ObservationSnapshot.TABLE.columns()) {
      StoredColumn stored = snapshot.column(column.name());
      assertThat(stored.sizeInBytes())
          .as(column.name())
          .isCloseTo(GraphLayout.parseInstance(stored).totalSize(), within(24L));
    }
  }
}
