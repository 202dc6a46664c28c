package org.corridor.etl.delta;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.warehouse.table.TableSpec;

/** The data check run before every merge: the rows to write are unique on the natural key. */
final class KeyCheck {
  private KeyCheck() {}

  static void requireUniqueKey(TableSpec spec, Dataset<Row> rows) {
    List<Row> duplicates =
        rows.groupBy(
                spec.naturalKey().stream()
                    .map(k -> col(k))
                    .toArray(org.apache.spark.sql.Column[]::new))
            .count()
            .where(col("count").gt(1))
            .limit(3)
            .collectAsList();
    if (!duplicates.isEmpty()) {
      throw EtlErrors.duplicateKeys(spec, duplicates.stream().map(Row::toString).toList());
    }
  }
}
