package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Collection;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.source.wdi.WdiSeries;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/** Personal remittances received or paid per country and year, from WDI's BX and BM series. */
public final class RemittanceFlowSilver {
  public static final TableSpec TABLE = SilverTables.REMITTANCE_FLOW;

  private RemittanceFlowSilver() {}

  public static String direction(WdiSeries series) {
    return switch (series) {
      case REMITTANCES_RECEIVED -> "RECEIVED";
      case REMITTANCES_PAID -> "PAID";
      default -> throw new IllegalArgumentException(series + " is not a remittance flow");
    };
  }

  /** Country facts of the BX and BM series; the series decides each row's direction. */
  public static Dataset<Row> transform(Dataset<Row> countryFacts) {
    return countryFacts.select(
        LineageColumns.after(
            col("country_code").alias("area"),
            col("year").cast("int").alias("year"),
            when(
                    col("indicator_code").equalTo(WdiSeries.REMITTANCES_PAID.code()),
                    lit(direction(WdiSeries.REMITTANCES_PAID)))
                .otherwise(lit(direction(WdiSeries.REMITTANCES_RECEIVED)))
                .alias("direction"),
            col("value_number").alias("value_usd"),
            col("indicator_code").alias("series_code")));
  }

  /** A WDI file is the whole publication of its series: it replaces that direction's rows. */
  public static Scope scope(Collection<WdiSeries> series) {
    return Scope.in("direction", series.stream().map(RemittanceFlowSilver::direction).toList());
  }
}
