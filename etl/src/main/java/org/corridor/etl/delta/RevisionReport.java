package org.corridor.etl.delta;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.TableSpec;

/**
 * The revisions between two vintages of a table, compared on its natural key: observations {@code
 * ADDED} in the newer one, {@code CHANGED} (the old and the new value), and {@code WITHDRAWN}.
 *
 * <p>Only the value makes a revision. The run id changes with every run that rewrote a row, and a
 * statistician reads a revision as a number that moved, not as a row recomputed to the same number.
 * Keys are compared null-safely because absent disaggregations are null.
 *
 * @param changes one row per revision: {@code change}, the key columns, {@code old_value} and
 *     {@code new_value}, ordered by change and key
 */
public record RevisionReport(
    String from, String to, long added, long changed, long withdrawn, Dataset<Row> changes) {
  public static final String ADDED = "ADDED";
  public static final String CHANGED = "CHANGED";
  public static final String WITHDRAWN = "WITHDRAWN";

  private static final String VALUE = "value";
  private static final String PRESENT = "present";

  static RevisionReport between(
      String from, Dataset<Row> older, String to, Dataset<Row> newer, TableSpec table) {
    List<String> key = table.naturalKey();
    Column sameKey =
        key.stream()
            .map(k -> col("o." + k).eqNullSafe(col("n." + k)))
            .reduce(Column::and)
            .orElseThrow(() -> new IllegalStateException(table.qualifiedName() + " has no key"));
    List<Column> columns = new ArrayList<>();
    columns.add(
        when(col("o." + PRESENT).isNull(), lit(ADDED))
            .when(col("n." + PRESENT).isNull(), lit(WITHDRAWN))
            .when(not(col("o." + VALUE).eqNullSafe(col("n." + VALUE))), lit(CHANGED))
            .alias("change"));
    key.forEach(k -> columns.add(coalesce(col("n." + k), col("o." + k)).alias(k)));
    columns.add(col("o." + VALUE).alias("old_value"));
    columns.add(col("n." + VALUE).alias("new_value"));
    List<Column> order = new ArrayList<>();
    order.add(col("change"));
    key.forEach(k -> order.add(col(k).asc_nulls_first()));
    Dataset<Row> changes =
        side(older, key)
            .as("o")
            .join(side(newer, key).as("n"), sameKey, "full_outer")
            .select(columns.toArray(Column[]::new))
            .where(col("change").isNotNull())
            .orderBy(order.toArray(Column[]::new));
    long added = 0;
    long changed = 0;
    long withdrawn = 0;
    for (Row count : changes.groupBy("change").count().collectAsList()) {
      switch (count.getString(0)) {
        case ADDED -> added = count.getLong(1);
        case CHANGED -> changed = count.getLong(1);
        default -> withdrawn = count.getLong(1);
      }
    }
    return new RevisionReport(from, to, added, changed, withdrawn, changes);
  }

  /** The key and value of each row, marked so that a side's absence shows after the outer join. */
  private static Dataset<Row> side(Dataset<Row> rows, List<String> key) {
    List<Column> columns = new ArrayList<>();
    key.forEach(k -> columns.add(col(k)));
    columns.add(col(VALUE));
    columns.add(lit(true).alias(PRESENT));
    return rows.select(columns.toArray(Column[]::new));
  }
}
