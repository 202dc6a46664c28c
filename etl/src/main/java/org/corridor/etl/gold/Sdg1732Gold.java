package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.spark.SpecProjection;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * SDG 17.3.2, remittances as a share of GDP. Per country: personal remittances received / GDP x
 * 100. Per aggregate, as the World Bank computes it: the ratio of the sums over the group's
 * countries with both figures (a GDP-weighted mean), never a mean of country ratios, with the
 * coverage that sum rests on.
 */
public final class Sdg1732Gold {
  public static final String INDICATOR = "17.3.2";
  public static final String UNIT = "PERCENT_GDP";
  static final String SOURCE =
      "World Bank WDI: BX.TRF.PWKR.CD.DT (personal remittances, received) / NY.GDP.MKTP.CD (GDP)";
  static final String LOW_COVERAGE =
      "Countries with data hold less than two thirds of the group's population; the World Bank"
          + " does not publish aggregates on such coverage.";
  private static final double MINIMUM_POPULATION_SHARE = 2.0 / 3.0;
  private static final TableSpec TABLE = GoldTables.INDICATOR_OBSERVATION;

  private Sdg1732Gold() {}

  public static Scope scope() {
    return Scope.where("indicator", INDICATOR);
  }

  /**
   * @param remittanceFlow silver.remittance_flow
   * @param gdp silver.gdp
   * @param population silver.population
   * @param memberships silver.area_membership
   */
  public static Dataset<Row> transform(
      Dataset<Row> remittanceFlow,
      Dataset<Row> gdp,
      Dataset<Row> population,
      Dataset<Row> memberships,
      String runId) {
    Dataset<Row> components =
        remittanceFlow
            .where(col("direction").equalTo("RECEIVED"))
            .select(col("area"), col("year"), col("value_usd").alias("remittances"))
            .join(
                gdp.select(col("area"), col("year"), col("value_usd").alias("gdp")),
                new String[] {"area", "year"})
            .where(col("gdp").gt(0));
    return countries(components, runId)
        .unionByName(aggregates(components, population, memberships, runId));
  }

  private static Dataset<Row> countries(Dataset<Row> components, String runId) {
    Map<String, Column> columns = common(runId);
    columns.put("area", col("area"));
    columns.put("area_kind", lit("COUNTRY"));
    columns.put("nature", lit("C"));
    columns.put("aggregation_method", lit("NONE"));
    return SpecProjection.project(components, TABLE, columns);
  }

  private static Dataset<Row> aggregates(
      Dataset<Row> components, Dataset<Row> population, Dataset<Row> memberships, String runId) {
    Dataset<Row> persons = population.select(col("area"), col("year"), col("persons"));
    Dataset<Row> covered =
        memberships
            .join(components, memberships.col("member_area").equalTo(components.col("area")))
            .join(persons, new String[] {"area", "year"}, "left")
            .groupBy(col("group_area"), col("year"))
            .agg(
                sum("remittances").alias("remittances"),
                sum("gdp").alias("gdp"),
                count(lit(1)).alias("countries_with_data"),
                sum("persons").alias("covered_persons"));
    Dataset<Row> groupPopulation =
        memberships
            .join(persons, memberships.col("member_area").equalTo(persons.col("area")))
            .groupBy(col("group_area"), col("year"))
            .agg(sum("persons").alias("group_persons"));
    Dataset<Row> groupSizes =
        memberships.groupBy(col("group_area")).agg(count(lit(1)).alias("countries_in_group"));
    Dataset<Row> joined =
        covered
            .join(groupSizes, "group_area")
            .join(groupPopulation, new String[] {"group_area", "year"}, "left")
            .withColumn("population_share", col("covered_persons").divide(col("group_persons")));

    Map<String, Column> columns = common(runId);
    columns.put("area", col("group_area"));
    columns.put("area_kind", lit("AGGREGATE"));
    columns.put("nature", lit("G"));
    columns.put("aggregation_method", lit(AggregationMethod.RATIO_OF_SUMS.name()));
    columns.put("countries_with_data", col("countries_with_data"));
    columns.put("countries_in_group", col("countries_in_group"));
    columns.put("population_share", col("population_share"));
    columns.put(
        "footnote",
        when(
            coalesce(col("population_share"), lit(0.0)).lt(MINIMUM_POPULATION_SHARE),
            lit(LOW_COVERAGE)));
    return SpecProjection.project(joined, TABLE, columns);
  }

  /** Columns every observation shares, from {@code remittances}, {@code gdp} and {@code year}. */
  private static Map<String, Column> common(String runId) {
    Map<String, Column> columns = new LinkedHashMap<>();
    columns.put("period", col("year").cast("string"));
    columns.put("year", col("year"));
    columns.put("value", col("remittances").divide(col("gdp")).multiply(100.0));
    columns.put("numerator", col("remittances"));
    columns.put("denominator", col("gdp"));
    columns.put("indicator", lit(INDICATOR));
    columns.put("series", lit(INDICATOR));
    columns.put("unit", lit(UNIT));
    columns.put("obs_status", lit("A"));
    columns.put("source", lit(SOURCE));
    columns.put("_run_id", lit(runId));
    return columns;
  }
}
