package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/** Total population per country and year, from WDI's SP.POP.TOTL. */
public final class PopulationSilver {
  public static final TableSpec TABLE = SilverTables.POPULATION;

  private PopulationSilver() {}

  public static Dataset<Row> transform(Dataset<Row> countryFacts) {
    return countryFacts.select(
        LineageColumns.after(
            col("country_code").alias("area"),
            col("year").cast("int").alias("year"),
            col("value_number").alias("persons"),
            col("indicator_code").alias("series_code")));
  }

  public static Scope scope() {
    return Scope.wholeTable();
  }
}
