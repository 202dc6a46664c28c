package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
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
 * country of origin where the series has one, and by economic activity (series {@code
 * LABOUR_FORCE.<activity code>}); groups sum their countries. The share of women is women over both
 * sexes, a ratio of sums for groups.
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

  @Override
  public List<String> indicators() {
    return List.of(WORKERS, WOMEN_SHARE);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.LABOUR_MIGRATION, SilverTables.POPULATION);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> migrants =
        preferredSource(
            inputs
                .read(SilverTables.LABOUR_MIGRATION)
                .where(
                    col("measure")
                        .equalTo("LABOUR_FORCE")
                        .and(col("population_group").equalTo("FOREIGN"))
                        .and(col("age").isin(TOTAL_AGES.toArray()))
                        .and(col("sex").isin("F", "M", "_T"))));
    Dataset<Row> shaped =
        migrants.select(
            col("area"),
            col("year"),
            col("sex"),
            when(col("origin").isin(NO_ORIGIN.toArray()), lit(null))
                .otherwise(col("origin"))
                .alias("origin"),
            when(col("breakdown").equalTo("_T"), lit("LABOUR_FORCE"))
                .otherwise(concat(lit("LABOUR_FORCE."), col("breakdown")))
                .alias("series"),
            col("source").alias("ilostat_source"),
            col("value").alias("numerator"));

    Map<String, Column> country = workerColumns(inputs.runId());
    country.put("origin", col("origin"));
    country.put("footnote", concat(lit("ILOSTAT source "), col("ilostat_source")));
    Dataset<Row> countries = Observations.project(shaped, Observations.country(country));

    Dataset<Row> totals =
        shaped.where(col("origin").isNull().and(col("series").equalTo("LABOUR_FORCE")));
    Dataset<Row> groups =
        GroupAggregation.sums(
            totals.withColumn("denominator", lit(null).cast("double")),
            List.of("sex"),
            inputs.memberships(),
            inputs.population());
    Dataset<Row> groupRows =
        Observations.project(
            groups.withColumn("series", lit("LABOUR_FORCE")),
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

  /** Keeps one source per country and year: place of birth first, then the first source code. */
  private static Dataset<Row> preferredSource(Dataset<Row> rows) {
    Column basisRank = when(col("migrant_basis").equalTo("BIRTH"), 0).otherwise(1);
    Dataset<Row> choices =
        rows.select(col("area"), col("year"), col("migrant_basis"), col("source"))
            .distinct()
            .withColumn(
                "choice",
                row_number()
                    .over(
                        Window.partitionBy("area", "year")
                            .orderBy(basisRank, col("source").asc_nulls_last())))
            .where(col("choice").equalTo(1))
            .drop("choice");
    return rows.join(choices, new String[] {"area", "year", "migrant_basis", "source"});
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
    columns.put("value", col("numerator").divide(col("denominator")).multiply(100.0));
    columns.put("numerator", col("numerator"));
    columns.put("denominator", col("denominator"));
    return columns;
  }
}
