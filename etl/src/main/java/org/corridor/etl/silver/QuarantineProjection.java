package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.TableSpec;

/**
 * Checked bronze rows that failed a check, in silver.quarantine's shape: the published cells joined
 * back into a record, every reason, and the row's lineage. Where one source row yields several
 * bronze rows (the cells of a wide layout), the part each came from keeps their quarantine rows
 * apart.
 */
public final class QuarantineProjection {
  private QuarantineProjection() {}

  /**
   * @param checked bronze rows with a {@code reasons} array, as a conformance check returns them
   * @param source the source format's label, e.g. {@code unhcr-population}
   * @param sourceColumn where in its row a failed cell of a wide layout sat (a matrix column), or
   *     empty text
   */
  public static Dataset<Row> failed(
      Dataset<Row> checked,
      String source,
      TableSpec bronze,
      TableSpec target,
      Column sourceColumn) {
    Column[] published =
        bronze.columnNames().stream()
            .filter(name -> !name.startsWith("_"))
            .map(name -> coalesce(col(name), lit("")))
            .toArray(Column[]::new);
    return checked
        .where(size(col("reasons")).gt(0))
        .select(
            lit(source).alias("source"),
            lit(target.qualifiedName()).alias("target_table"),
            col(Lineage.SOURCE_FILE),
            col(Lineage.SOURCE_CHECKSUM),
            col(Lineage.SOURCE_ROW),
            sourceColumn.alias("source_column"),
            concat_ws(",", published).alias("raw_record"),
            concat_ws("; ", col("reasons")).alias("reasons"),
            col(Lineage.RUN_ID),
            current_timestamp().alias("quarantined_at"));
  }
}
