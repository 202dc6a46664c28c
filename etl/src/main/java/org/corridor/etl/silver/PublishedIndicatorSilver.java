package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Collection;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.gold.Sdg1732Gold;
import org.corridor.etl.source.wdi.WdiSeries;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * WDI's own remittances as a share of GDP ({@code BX.TRF.PWKR.DT.GD.ZS}): the publisher's 17.3.2,
 * never published by Corridor, kept so that Corridor's figure can be checked against it.
 */
public final class PublishedIndicatorSilver {
  public static final TableSpec TABLE = SilverTables.PUBLISHED_INDICATOR;

  private PublishedIndicatorSilver() {}

  public static Dataset<Row> transform(Dataset<Row> countryFacts) {
    return countryFacts.select(
        LineageColumns.after(
            col("country_code").alias("area"),
            lit(Sdg1732Gold.INDICATOR).alias("indicator"),
            col("indicator_code").alias("series_code"),
            col("year").cast("int").alias("year"),
            col("value_number").alias("value")));
  }

  /** A WDI file is the whole publication of its series. */
  public static Scope scope(Collection<WdiSeries> series) {
    return Scope.in("series_code", series.stream().map(WdiSeries::code).toList());
  }
}
