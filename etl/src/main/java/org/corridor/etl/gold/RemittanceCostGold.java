package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
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
 * SDG 10.c.1, the average total cost of sending USD 200 (and USD 500), as the World Bank computes
 * it from Remittance Prices Worldwide: every figure is a simple mean over individual services
 * (price quotes), never a mean of corridor means. Per corridor, per receiving and per sending
 * country, by provider type, and for every group of receiving or sending countries; quarterly, and
 * yearly as the mean over the year's quotes. Corridors the service data lacks take the World Bank's
 * published corridor average ({@code ATCR.CORR}, USD 200), so the count and share of corridors
 * above 5% and below 3% rest on every corridor either source has.
 *
 * <p>Series: {@code CORRIDOR_USD200}, {@code RECEIVING_USD200}, {@code SENDING_USD200}, the same
 * for USD 500, and {@code CORRIDORS_ABOVE_5PCT}, {@code CORRIDORS_BELOW_3PCT} (counts, world) with
 * {@code _SHARE} variants (per cent of corridors). The SmaRT is {@link SmartGold}'s.
 */
public final class RemittanceCostGold implements GoldIndicatorJob {
  public static final String INDICATOR = "10.c.1";
  static final String UNIT = "PERCENT_AMOUNT";
  static final String SOURCE = "World Bank, Remittance Prices Worldwide (service-level data)";
  static final String PUBLISHED_SOURCE =
      "World Bank, Remittance Prices Worldwide: published corridor average (ATCR.CORR)";
  static final String COMBINED_SOURCE =
      "World Bank, Remittance Prices Worldwide: service-level data and published corridor"
          + " averages";
  static final String PUBLISHED_SERIES = "ATCR.CORR";
  static final List<Integer> AMOUNTS = List.of(200, 500);
  static final double CORRIDOR_CEILING_PCT = 5.0;
  static final double GLOBAL_TARGET_PCT = 3.0;

  @Override
  public List<String> indicators() {
    return List.of(INDICATOR);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.REMITTANCE_PRICE, SilverTables.REMITTANCE_PRICE_CORRIDOR);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> quotes = quotesByPeriod(inputs.read(SilverTables.REMITTANCE_PRICE));
    List<Dataset<Row>> parts = new ArrayList<>();
    Dataset<Row> corridors200 = null;
    for (int amount : AMOUNTS) {
      Dataset<Row> services = quotes.where(col("amount_usd").equalTo((double) amount));
      Dataset<Row> corridors = corridorMeans(services);
      if (amount == 200) {
        corridors = corridors.unionByName(publishedOnly(inputs, corridors));
        corridors200 = corridors;
      }
      String suffix = "_USD" + amount;
      parts.add(corridorObservations(corridors, "CORRIDOR" + suffix, inputs.runId()));
      parts.add(countryObservations(services, "receiving_area", "RECEIVING" + suffix, inputs));
      parts.add(countryObservations(services, "sending_area", "SENDING" + suffix, inputs));
    }
    parts.add(corridorCounts(corridors200, inputs.runId()));
    return parts.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  /**
   * Each quote twice: under its quarter and under its year, so that one grouping by {@code period}
   * gives both the quarterly and the yearly mean over the period's quotes.
   */
  static Dataset<Row> quotesByPeriod(Dataset<Row> prices) {
    Dataset<Row> quarterly =
        prices
            .withColumn("year", substring(col("quarter"), 1, 4).cast("int"))
            .withColumn("period", col("quarter"));
    return quarterly.unionByName(quarterly.withColumn("period", col("year").cast("string")));
  }

  /** Mean total cost over a corridor's services, with the sum and count it divides. */
  private static Dataset<Row> corridorMeans(Dataset<Row> services) {
    return services
        .groupBy(col("period"), col("year"), col("sending_area"), col("receiving_area"))
        .agg(
            sum("total_cost_pct").alias("numerator"),
            count(lit(1)).cast("double").alias("denominator"))
        .withColumn("value", col("numerator").divide(col("denominator")))
        .withColumn("source", lit(SOURCE));
  }

  /** Published quarterly corridor averages for corridor-quarters the service data lacks. */
  private static Dataset<Row> publishedOnly(GoldInputs inputs, Dataset<Row> computed) {
    Dataset<Row> published =
        inputs
            .read(SilverTables.REMITTANCE_PRICE_CORRIDOR)
            .where(col("series_code").equalTo(PUBLISHED_SERIES))
            .select(
                col("quarter").alias("period"),
                substring(col("quarter"), 1, 4).cast("int").alias("year"),
                col("sending_area"),
                col("receiving_area"),
                col("value_pct").alias("value"));
    return published
        .join(
            computed.select("period", "sending_area", "receiving_area"),
            new String[] {"period", "sending_area", "receiving_area"},
            "left_anti")
        .withColumn("numerator", lit(null).cast("double"))
        .withColumn("denominator", lit(null).cast("double"))
        .withColumn("source", lit(PUBLISHED_SOURCE));
  }

  private static Dataset<Row> corridorObservations(
      Dataset<Row> corridors, String series, String runId) {
    Map<String, Column> columns =
        Observations.country(Observations.common(INDICATOR, lit(series), UNIT, SOURCE, runId));
    columns.put("area", col("receiving_area"));
    columns.put("origin", col("sending_area"));
    columns.put("destination", col("receiving_area"));
    columns.put("period", col("period"));
    columns.put("year", col("year"));
    columns.put("value", col("value"));
    columns.put("numerator", col("numerator"));
    columns.put("denominator", col("denominator"));
    columns.put("source", col("source"));
    return Observations.project(corridors, columns);
  }

  /**
   * Means over the services sending from (or to) each country and each group of countries, for all
   * providers and per provider type.
   */
  private static Dataset<Row> countryObservations(
      Dataset<Row> services, String side, String series, GoldInputs inputs) {
    Dataset<Row> units =
        services.select(
            col(side).alias("area"),
            col("period"),
            col("year"),
            col("provider_type"),
            col("total_cost_pct").alias("numerator"),
            lit(1.0).alias("denominator"));
    units = units.unionByName(units.withColumn("provider_type", lit(null).cast("string")));

    Dataset<Row> countries =
        units
            .groupBy(col("area"), col("period"), col("year"), col("provider_type"))
            .agg(sum("numerator").alias("numerator"), sum("denominator").alias("denominator"));
    Map<String, Column> countryColumns =
        Observations.country(
            Observations.common(INDICATOR, lit(series), UNIT, SOURCE, inputs.runId()));
    meanColumns(countryColumns);

    Dataset<Row> groups =
        GroupAggregation.sums(
            units, List.of("period", "provider_type"), inputs.memberships(), inputs.population());
    Map<String, Column> groupColumns =
        Observations.aggregate(
            Observations.common(INDICATOR, lit(series), UNIT, SOURCE, inputs.runId()),
            AggregationMethod.MEAN_OF_UNITS);
    meanColumns(groupColumns);
    return Observations.project(countries, countryColumns)
        .unionByName(Observations.project(groups, groupColumns));
  }

  private static void meanColumns(Map<String, Column> columns) {
    columns.put("period", col("period"));
    columns.put("year", col("year"));
    columns.put("provider_type", col("provider_type"));
    Observations.ratio(columns, 1.0);
  }

  /** How many corridors cost more than 5% and less than 3%, and their share of all corridors. */
  private static Dataset<Row> corridorCounts(Dataset<Row> corridors, String runId) {
    Dataset<Row> counted =
        corridors
            .groupBy(col("period"), col("year"))
            .agg(
                count(lit(1)).cast("double").alias("corridors"),
                sum(when(col("value").gt(CORRIDOR_CEILING_PCT), 1).otherwise(0))
                    .cast("double")
                    .alias("above"),
                sum(when(col("value").lt(GLOBAL_TARGET_PCT), 1).otherwise(0))
                    .cast("double")
                    .alias("below"));
    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(countSeries(counted, "CORRIDORS_ABOVE_5PCT", "above", runId));
    parts.add(shareSeries(counted, "CORRIDORS_ABOVE_5PCT_SHARE", "above", runId));
    parts.add(countSeries(counted, "CORRIDORS_BELOW_3PCT", "below", runId));
    parts.add(shareSeries(counted, "CORRIDORS_BELOW_3PCT_SHARE", "below", runId));
    return parts.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  private static Dataset<Row> countSeries(
      Dataset<Row> counted, String series, String counter, String runId) {
    Map<String, Column> columns = worldColumns(series, "COUNT", AggregationMethod.SUM, runId);
    columns.put("value", col(counter));
    columns.put("numerator", col(counter));
    return Observations.project(counted, columns);
  }

  private static Dataset<Row> shareSeries(
      Dataset<Row> counted, String series, String counter, String runId) {
    Map<String, Column> columns =
        worldColumns(series, "PERCENT", AggregationMethod.RATIO_OF_SUMS, runId);
    columns.put("value", col(counter).divide(col("corridors")).multiply(100.0));
    columns.put("numerator", col(counter));
    columns.put("denominator", col("corridors"));
    return Observations.project(counted, columns);
  }

  private static Map<String, Column> worldColumns(
      String series, String unit, AggregationMethod method, String runId) {
    return Observations.worldOverUnits(
        Observations.common(INDICATOR, lit(series), unit, COMBINED_SOURCE, runId),
        method,
        "Counted over corridors with a corridor average in the period: computed from services"
            + " where the service data has the corridor, else the World Bank's published one.");
  }
}
