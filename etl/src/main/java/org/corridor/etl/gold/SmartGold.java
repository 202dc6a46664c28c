package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * The World Bank's Smart Remitter Target (SmaRT) for SDG 10.c: per corridor and quarter, the mean
 * total cost of the three cheapest services for sending USD 200 that are SmaRT-eligible
 * (transparent, delivered within 5 days, accessible). A corridor with fewer than three eligible
 * services has no SmaRT: the definition names three, and a mean of one or two cheapest services
 * would flatter the corridor. A corridor's yearly SmaRT is the mean of its quarterly ones; the
 * global SmaRT is the mean over corridors, with the share of corridors at or below 5%.
 *
 * <p>Series: {@code CORRIDOR} (area = receiving country), {@code GLOBAL} and {@code
 * CORRIDORS_AT_MOST_5PCT_SHARE} (world).
 */
public final class SmartGold implements GoldIndicatorJob {
  public static final String INDICATOR = "10.c.1.SMART";
  static final int SERVICES = 3;
  static final double AMOUNT_USD = 200.0;
  private static final String SOURCE =
      "World Bank, Remittance Prices Worldwide (service-level data): SmaRT-eligible services";

  @Override
  public List<String> indicators() {
    return List.of(INDICATOR);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.REMITTANCE_PRICE);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> quarterly = quarterlySmart(inputs.read(SilverTables.REMITTANCE_PRICE));
    Dataset<Row> yearly =
        quarterly
            .groupBy(col("year"), col("sending_area"), col("receiving_area"))
            .agg(avg("value").alias("value"), count(lit(1)).cast("double").alias("quarters"))
            .withColumn("period", col("year").cast("string"));
    Dataset<Row> corridors =
        quarterly
            .withColumn("period", col("quarter"))
            .select("period", "year", "sending_area", "receiving_area", "value")
            .unionByName(
                yearly.select("period", "year", "sending_area", "receiving_area", "value"));

    Map<String, Column> corridorColumns =
        Observations.country(
            Observations.common(
                INDICATOR, lit("CORRIDOR"), RemittanceCostGold.UNIT, SOURCE, inputs.runId()));
    corridorColumns.put("area", col("receiving_area"));
    corridorColumns.put("origin", col("sending_area"));
    corridorColumns.put("destination", col("receiving_area"));
    corridorColumns.put("period", col("period"));
    corridorColumns.put("year", col("year"));
    corridorColumns.put("value", col("value"));

    Dataset<Row> world =
        corridors
            .groupBy(col("period"), col("year"))
            .agg(
                sum("value").alias("total"),
                count(lit(1)).cast("double").alias("corridors"),
                sum(when(col("value").leq(RemittanceCostGold.CORRIDOR_CEILING_PCT), 1).otherwise(0))
                    .cast("double")
                    .alias("at_most_5"));
    Map<String, Column> global =
        worldColumns("GLOBAL", RemittanceCostGold.UNIT, AggregationMethod.MEAN_OF_UNITS, inputs);
    global.put("value", col("total").divide(col("corridors")));
    global.put("numerator", col("total"));
    global.put("denominator", col("corridors"));
    Map<String, Column> share =
        worldColumns(
            "CORRIDORS_AT_MOST_5PCT_SHARE", "PERCENT", AggregationMethod.RATIO_OF_SUMS, inputs);
    share.put("value", col("at_most_5").divide(col("corridors")).multiply(100.0));
    share.put("numerator", col("at_most_5"));
    share.put("denominator", col("corridors"));

    return Observations.project(corridors, corridorColumns)
        .unionByName(Observations.project(world, global))
        .unionByName(Observations.project(world, share));
  }

  /** Per corridor and quarter with at least three eligible services: their three cheapest. */
  static Dataset<Row> quarterlySmart(Dataset<Row> prices) {
    WindowSpec cheapestFirst =
        Window.partitionBy("quarter", "sending_area", "receiving_area")
            .orderBy(col("total_cost_pct").asc());
    WindowSpec corridor = Window.partitionBy("quarter", "sending_area", "receiving_area");
    return prices
        .where(col("amount_usd").equalTo(AMOUNT_USD).and(col("smart_eligible")))
        .withColumn("rank", row_number().over(cheapestFirst))
        .withColumn("eligible", count(lit(1)).over(corridor))
        .where(col("rank").leq(SERVICES).and(col("eligible").geq(SERVICES)))
        .groupBy(col("quarter"), col("sending_area"), col("receiving_area"))
        .agg(avg("total_cost_pct").alias("value"))
        .withColumn("year", substring(col("quarter"), 1, 4).cast("int"));
  }

  private static Map<String, Column> worldColumns(
      String series, String unit, AggregationMethod method, GoldInputs inputs) {
    return Observations.worldOverUnits(
        Observations.common(INDICATOR, lit(series), unit, SOURCE, inputs.runId()),
        method,
        "Over corridors with a SmaRT: three or more eligible services.");
  }
}
