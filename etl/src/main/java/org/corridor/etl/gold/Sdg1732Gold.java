package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * SDG 17.3.2, remittances as a share of GDP. Per country: personal remittances received / GDP x
 * 100. Per aggregate, as the World Bank computes it: the ratio of the sums over the group's
 * countries with both figures (a GDP-weighted mean), never a mean of country ratios, with the
 * coverage that sum rests on.
 */
public final class Sdg1732Gold implements GoldIndicatorJob {
  public static final String INDICATOR = "17.3.2";
  static final String UNIT = "PERCENT_GDP";
  static final String SOURCE =
      "World Bank WDI: BX.TRF.PWKR.CD.DT (personal remittances, received) / NY.GDP.MKTP.CD (GDP)";
  static final String LOW_COVERAGE =
      "Countries with data hold less than two thirds of the group's population; the World Bank"
          + " does not publish aggregates on such coverage.";
  private static final double MINIMUM_POPULATION_SHARE = 2.0 / 3.0;

  @Override
  public List<String> indicators() {
    return List.of(INDICATOR);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.REMITTANCE_FLOW, SilverTables.GDP, SilverTables.POPULATION);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> components =
        inputs
            .read(SilverTables.REMITTANCE_FLOW)
            .where(col("direction").equalTo("RECEIVED"))
            .select(col("area"), col("year"), col("value_usd").alias("numerator"))
            .join(
                inputs
                    .read(SilverTables.GDP)
                    .select(col("area"), col("year"), col("value_usd").alias("denominator")),
                new String[] {"area", "year"})
            .where(col("denominator").gt(0));
    Dataset<Row> countries =
        Observations.project(components, Observations.country(common(inputs.runId())));

    Dataset<Row> groups =
        GroupAggregation.sums(components, List.of(), inputs.memberships(), inputs.population());
    Map<String, Column> columns =
        Observations.aggregate(common(inputs.runId()), AggregationMethod.RATIO_OF_SUMS);
    columns.put(
        "footnote",
        when(
            coalesce(col("population_share"), lit(0.0)).lt(MINIMUM_POPULATION_SHARE),
            lit(LOW_COVERAGE)));
    return countries.unionByName(Observations.project(groups, columns));
  }

  /**
   * Columns every observation shares, from {@code numerator}, {@code denominator}, {@code year}.
   */
  private static Map<String, Column> common(String runId) {
    Map<String, Column> columns =
        Observations.yearly(Observations.common(INDICATOR, lit(INDICATOR), UNIT, SOURCE, runId));
    Observations.ratio(columns, 100.0);
    return columns;
  }
}
