package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * SDG 10.7.4, refugees by country of origin per 100,000 population, as UNHCR computes it: refugees
 * from a country (summed over countries of asylum) / (the country's population + those refugees) x
 * 100,000, the refugees being outside the population counted at home. A group's figure is the ratio
 * of sums, weighted by population plus refugees, over its countries with both.
 */
public final class RefugeeGold implements GoldIndicatorJob {
  public static final String INDICATOR = "10.7.4";
  static final double PER = 100_000.0;
  private static final String SOURCE =
      "UNHCR Refugee Population Statistics (refugees under UNHCR's mandate, by origin); World Bank"
          + " WDI SP.POP.TOTL (population)";

  @Override
  public List<String> indicators() {
    return List.of(INDICATOR);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.REFUGEE_POPULATION, SilverTables.POPULATION);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> components =
        inputs
            .read(SilverTables.REFUGEE_POPULATION)
            .groupBy(col("origin").alias("area"), col("year"))
            .agg(sum("refugees").cast("double").alias("numerator"))
            .join(
                inputs.population().select(col("area"), col("year"), col("persons")),
                new String[] {"area", "year"})
            .withColumn("denominator", col("persons").plus(col("numerator")))
            .drop("persons");
    Dataset<Row> countries =
        Observations.project(components, Observations.country(columns(inputs.runId())));
    Dataset<Row> groups =
        GroupAggregation.sums(components, List.of(), inputs.memberships(), inputs.population());
    return countries.unionByName(
        Observations.project(
            groups,
            Observations.aggregate(columns(inputs.runId()), AggregationMethod.RATIO_OF_SUMS)));
  }

  private static Map<String, Column> columns(String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.common(INDICATOR, lit(INDICATOR), "PER_100000", SOURCE, runId));
    Observations.ratio(columns, PER);
    return columns;
  }
}
