package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * GCM objective 21, dignified return and sustainable reintegration. Assisted voluntary returns
 * (IOM's AVR and AVRR) per year: by host country, in total, by sex, by age group and per country of
 * origin returned to, and for every group of host countries (plain sums); and the share of them
 * that received reintegration assistance (a ratio of sums). UNHCR's refugee returns are a series of
 * their own, by the country returned to, as they are not assisted returns.
 *
 * <p>The silver rows are disjoint cells (the layout forbids mixing a host-year's totals with its
 * breakdowns), so a total is the sum of every cell and a breakdown the sum of the cells that have
 * it; {@code _T} in {@code sex} or {@code age} marks a total.
 */
public final class ReturnGold implements GoldIndicatorJob {
  public static final String RETURNS = "GCM21.RETURNS";
  public static final String REINTEGRATION = "GCM21.REINTEGRATION_SHARE";
  private static final String SOURCE = "IOM, assisted voluntary return and reintegration records";
  private static final String REFUGEE_SOURCE =
      "UNHCR Refugee Population Statistics: returned refugees";
  private static final List<String> ASSISTED = List.of("AVR", "AVRR");

  @Override
  public List<String> indicators() {
    return List.of(RETURNS, REINTEGRATION);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.RETURN_MIGRATION);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> returns = inputs.read(SilverTables.RETURN_MIGRATION);
    Dataset<Row> assisted =
        returns
            .where(col("assistance_type").isin(ASSISTED.toArray()))
            .withColumn("persons", col("persons").cast("double"));
    List<Dataset<Row>> parts = new ArrayList<>();

    // By host: the total, by sex and by age group, each as rows of one shape.
    Dataset<Row> breakdowns =
        assisted
            .select(
                col("host").alias("area"),
                col("year"),
                lit("_T").alias("sex"),
                lit("_T").alias("age"),
                col("persons"))
            .unionByName(
                assisted
                    .where(col("sex").notEqual("_T"))
                    .select(
                        col("host").alias("area"),
                        col("year"),
                        col("sex"),
                        lit("_T").alias("age"),
                        col("persons")))
            .unionByName(
                assisted
                    .where(col("age_group").notEqual("_T"))
                    .select(
                        col("host").alias("area"),
                        col("year"),
                        lit("_T").alias("sex"),
                        col("age_group").alias("age"),
                        col("persons")));
    Dataset<Row> byHost =
        breakdowns
            .groupBy(col("area"), col("year"), col("sex"), col("age"))
            .agg(sum("persons").alias("numerator"));
    Map<String, Column> host = returnColumns("ASSISTED_RETURNS", SOURCE, inputs.runId());
    host.put("sex", col("sex"));
    host.put("age", col("age"));
    parts.add(Observations.project(byHost, Observations.country(host)));

    Dataset<Row> groups =
        GroupAggregation.sums(
            byHost.withColumn("denominator", lit(null).cast("double")),
            List.of("sex", "age"),
            inputs.memberships(),
            inputs.population());
    Map<String, Column> groupColumns = returnColumns("ASSISTED_RETURNS", SOURCE, inputs.runId());
    groupColumns.put("sex", col("sex"));
    groupColumns.put("age", col("age"));
    parts.add(
        Observations.project(groups, Observations.aggregate(groupColumns, AggregationMethod.SUM)));

    Dataset<Row> corridors =
        assisted
            .groupBy(col("host"), col("origin"), col("year"))
            .agg(sum("persons").alias("numerator"));
    Map<String, Column> corridor =
        Observations.country(returnColumns("ASSISTED_RETURNS", SOURCE, inputs.runId()));
    corridor.put("area", col("host"));
    corridor.put("origin", col("origin"));
    corridor.put("destination", col("host"));
    parts.add(Observations.project(corridors, corridor));

    Dataset<Row> toOrigin =
        assisted
            .groupBy(col("origin").alias("area"), col("year"))
            .agg(sum("persons").alias("numerator"));
    parts.add(
        Observations.project(
            toOrigin,
            Observations.country(
                returnColumns("ASSISTED_RETURNS_TO_ORIGIN", SOURCE, inputs.runId()))));

    Dataset<Row> refugees =
        returns
            .where(col("assistance_type").equalTo("REFUGEE_RETURN"))
            .groupBy(col("origin").alias("area"), col("year"))
            .agg(sum(col("persons").cast("double")).alias("numerator"));
    parts.add(
        Observations.project(
            refugees,
            Observations.country(
                returnColumns("REFUGEE_RETURNS", REFUGEE_SOURCE, inputs.runId()))));

    parts.add(reintegration(assisted, inputs));
    return parts.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  /** Returnees with reintegration assistance over returnees whose assistance is reported. */
  private static Dataset<Row> reintegration(Dataset<Row> assisted, GoldInputs inputs) {
    Dataset<Row> components =
        assisted
            .where(col("reintegration_assistance").isNotNull())
            .groupBy(col("host").alias("area"), col("year"))
            .agg(
                sum(when(col("reintegration_assistance"), col("persons")).otherwise(0.0))
                    .alias("numerator"),
                sum("persons").alias("denominator"))
            .where(col("denominator").gt(0));
    Dataset<Row> countries =
        Observations.project(components, Observations.country(shareColumns(inputs.runId())));
    Dataset<Row> groups =
        GroupAggregation.sums(components, List.of(), inputs.memberships(), inputs.population());
    return countries.unionByName(
        Observations.project(
            groups,
            Observations.aggregate(shareColumns(inputs.runId()), AggregationMethod.RATIO_OF_SUMS)));
  }

  private static Map<String, Column> returnColumns(String series, String source, String runId) {
    Map<String, Column> columns =
        Observations.yearly(Observations.common(RETURNS, lit(series), "PERSONS", source, runId));
    columns.put("value", col("numerator"));
    columns.put("numerator", col("numerator"));
    columns.put("sex", lit("_T"));
    columns.put("age", lit("_T"));
    return columns;
  }

  private static Map<String, Column> shareColumns(String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.common(REINTEGRATION, lit(REINTEGRATION), "PERCENT", SOURCE, runId));
    Observations.ratio(columns, 100.0);
    return columns;
  }
}
