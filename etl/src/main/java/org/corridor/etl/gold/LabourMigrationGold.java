package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Migrant workers from ILOSTAT: foreign-born (or, where a country only reports that, foreign
 * citizen) persons in the labour force of the country of destination, in thousands, by sex, by
 * country of origin where the series has one; the employed among them by economic activity (series
 * {@code EMPLOYMENT.<activity code>}), as ILOSTAT breaks down only employment by activity. Groups
 * sum their countries' labour force. The share of women is women over both sexes, a ratio of sums
 * for groups.
 *
 * <p>ILOSTAT can hold a country-year from several sources (a labour force survey and a census,
 * say). Adding them would count workers twice, so one is kept: place of birth before citizenship
 * (the basis the ILO's migrant-worker estimates use), then the first source code. Its code is in
 * the observation's footnote.
 */
public final class LabourMigrationGold implements GoldIndicatorJob {
  public static final String WORKERS = "LABOUR.MIGRANT_WORKERS";
  public static final String WOMEN_SHARE = "LABOUR.WOMEN_SHARE";
  private static final String SOURCE =
      "ILO, ILOSTAT: labour force by place of birth or citizenship";
  private static final List<String> TOTAL_AGES =
      List.of("_T", "AGE_YTHADULT_YGE15", "AGE_AGGREGATE_TOTAL");
  private static final List<String> NO_ORIGIN = List.of("_T", "_Z");
  private static final String LABOUR_FORCE = "LABOUR_FORCE";

  @Override
  public List<String> indicators() {
    return List.of(WORKERS, WOMEN_SHARE);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.LABOUR_MIGRATION);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> foreign =
        inputs
            .read(SilverTables.LABOUR_MIGRATION)
            .where(col("population_group").equalTo("FOREIGN").and(col("sex").isin("F", "M", "_T")));
    Dataset<Row> labourForce =
        preferredSource(
            oneAgeTotal(
                foreign.where(
                    col("measure")
                        .equalTo("LABOUR_FORCE")
                        .and(col("breakdown").equalTo("_T"))
                        .and(col("age").isin(TOTAL_AGES.toArray())))));
    // ILOSTAT breaks migrant workers down by economic activity only among the employed.
    Dataset<Row> byActivity =
        preferredSource(
            foreign.where(
                col("measure")
                    .equalTo("EMPLOYMENT")
                    .and(col("breakdown").startsWith("ECO_"))
                    .and(col("age").equalTo("_T"))));
    Dataset<Row> shaped =
        labourForce
            .withColumn("series", lit(LABOUR_FORCE))
            .unionByName(
                byActivity.withColumn("series", concat(lit("EMPLOYMENT."), col("breakdown"))))
            .select(
                col("area"),
                col("year"),
                col("sex"),
                when(col("origin").isin(NO_ORIGIN.toArray()), lit(null))
                    .otherwise(col("origin"))
                    .alias("origin"),
                col("series"),
                col("source").alias("ilostat_source"),
                col("value").alias("numerator"));

    Map<String, Column> country = workerColumns(inputs.runId());
    country.put("origin", col("origin"));
    country.put("footnote", concat(lit("ILOSTAT source "), col("ilostat_source")));
    Dataset<Row> countries = Observations.project(shaped, Observations.country(country));

    Dataset<Row> totals =
        shaped.where(col("origin").isNull().and(col("series").equalTo(LABOUR_FORCE)));
    Dataset<Row> groups =
        GroupAggregation.sums(
            totals.withColumn("denominator", lit(null).cast("double")),
            List.of("sex"),
            inputs.memberships(),
            inputs.population());
    Dataset<Row> groupRows =
        Observations.project(
            groups.withColumn("series", lit(LABOUR_FORCE)),
            Observations.aggregate(workerColumns(inputs.runId()), AggregationMethod.SUM));

    Dataset<Row> shares =
        totals
            .groupBy(col("area"), col("year"))
            .agg(
                sum(when(col("sex").equalTo("F"), col("numerator"))).alias("numerator"),
                sum(when(col("sex").equalTo("_T"), col("numerator"))).alias("denominator"))
            .where(col("numerator").isNotNull().and(col("denominator").gt(0)));
    Dataset<Row> shareGroups =
        GroupAggregation.sums(shares, List.of(), inputs.memberships(), inputs.population());
    return countries
        .unionByName(groupRows)
        .unionByName(
            Observations.project(shares, Observations.country(shareColumns(inputs.runId()))))
        .unionByName(
            Observations.project(
                shareGroups,
                Observations.aggregate(
                    shareColumns(inputs.runId()), AggregationMethod.RATIO_OF_SUMS)));
  }

  /**
   * Keeps one all-ages row per observation: ILOSTAT repeats the total under each age classification
   * it publishes (15+, aggregate bands, 10-year bands), all equal.
   */
  private static Dataset<Row> oneAgeTotal(Dataset<Row> rows) {
    Column rank = when(col("age").equalTo(TOTAL_AGES.get(0)), 0);
    for (int i = 1; i < TOTAL_AGES.size(); i++) {
      rank = rank.when(col("age").equalTo(TOTAL_AGES.get(i)), i);
    }
    return rows.withColumn("age_rank", rank)
        .withColumn(
            "first_rank",
            min("age_rank")
                .over(Window.partitionBy("area", "indicator", "source", "year", "sex", "origin")))
        .where(col("age_rank").equalTo(col("first_rank")))
        .drop("age_rank", "first_rank");
  }

  /** Keeps one source per country and year: place of birth first, then the first source code. */
  private static Dataset<Row> preferredSource(Dataset<Row> rows) {
    Column basisRank = when(col("migrant_basis").equalTo("BIRTH"), 0).otherwise(1);
    // Rows of the same basis and source share a rank, so the whole preferred source is kept.
    return rows.withColumn(
            "choice",
            dense_rank()
                .over(
                    Window.partitionBy("area", "year")
                        .orderBy(basisRank, col("source").asc_nulls_last())))
        .where(col("choice").equalTo(1))
        .drop("choice");
  }

  private static Map<String, Column> workerColumns(String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.common(WORKERS, col("series"), "PERSONS_THOUSANDS", SOURCE, runId));
    columns.put("sex", col("sex"));
    columns.put("value", col("numerator"));
    columns.put("numerator", col("numerator"));
    return columns;
  }

  private static Map<String, Column> shareColumns(String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.common(WOMEN_SHARE, lit(WOMEN_SHARE), "PERCENT", SOURCE, runId));
    Observations.ratio(columns, 100.0);
    return columns;
  }
}
