package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.source.wdi.WdiSeries;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * The publisher's own aggregates (WDI's World, income groups, regions), kept apart from country
 * facts so Corridor's aggregates can be checked against them.
 */
public final class PublisherAggregateSilver {
  public static final TableSpec TABLE = SilverTables.PUBLISHER_AGGREGATE;

  private PublisherAggregateSilver() {}

  public static Dataset<Row> transform(Dataset<Row> aggregates) {
    return aggregates.select(
        LineageColumns.after(
            col("country_code").alias("publisher_code"),
            col("corridor_area").alias("area"),
            col("indicator_code").alias("series_code"),
            col("year").cast("int").alias("year"),
            col("value_number").alias("value")));
  }

  public static Scope scope(java.util.Collection<WdiSeries> series) {
    return Scope.in("series_code", series.stream().map(WdiSeries::code).toList());
  }
}
