package org.corridor.etl.packaged;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.Layer;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.TableSpec;
import org.corridor.warehouse.table.Tables;

/**
 * Compares two warehouses table by table, row by row, ignoring only what differs from run to run by
 * nature: run ids and load times. Rows are compared as multisets, so a duplicate counts.
 */
final class WarehouseComparison {
  private static final List<String> RUN_SPECIFIC =
      List.of(Lineage.RUN_ID, Lineage.INGESTED_AT, "quarantined_at");

  private WarehouseComparison() {}

  /** One line per data table whose rows differ, e.g. {@code silver.gdp: 2 rows only in ...}. */
  static List<String> differences(Warehouse expected, Warehouse actual) {
    List<String> differences = new ArrayList<>();
    for (TableSpec spec : Tables.all()) {
      if (spec.layer() == Layer.AUDIT) {
        continue;
      }
      Dataset<Row> left = comparable(expected, spec);
      Dataset<Row> right = comparable(actual, spec);
      long missing = left.exceptAll(right).count();
      long extra = right.exceptAll(left).count();
      if (missing > 0 || extra > 0) {
        differences.add(
            spec.qualifiedName()
                + ": "
                + missing
                + " expected rows missing, "
                + extra
                + " unexpected rows");
      }
    }
    return differences;
  }

  /** Rows in the two warehouses' tables together, to show the comparison is not vacuous. */
  static long rows(Warehouse warehouse) {
    return Tables.all().stream()
        .filter(spec -> spec.layer() != Layer.AUDIT)
        .mapToLong(spec -> warehouse.read(spec).count())
        .sum();
  }

  /**
   * Sums of doubles depend on the order Spark adds them in, which differs with the partitioning (a
   * cluster, another shuffle setting): aggregates then differ in their last bits. Doubles are
   * compared at single precision, seven significant digits, far below any published rounding.
   */
  private static Dataset<Row> comparable(Warehouse warehouse, TableSpec spec) {
    Dataset<Row> rows = warehouse.read(spec);
    String[] present =
        Arrays.stream(rows.columns()).filter(RUN_SPECIFIC::contains).toArray(String[]::new);
    Dataset<Row> kept = rows.drop(present);
    for (StructField field : kept.schema().fields()) {
      if (field.dataType().equals(DataTypes.DoubleType)) {
        kept = kept.withColumn(field.name(), col(field.name()).cast(DataTypes.FloatType));
      }
    }
    return kept;
  }
}
