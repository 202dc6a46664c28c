package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.spark.SpecProjection;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.GoldTables;

/**
 * The columns every indicator observation carries, so that each gold job states only what is its
 * own: the value, the period, the breakdowns. Country observations are country data under no
 * aggregation; aggregates are global-monitoring figures under the indicator's rule, with the
 * coverage {@link GroupAggregation} computed.
 */
final class Observations {
  private Observations() {}

  /** Indicator, series, unit, status, source and run: the columns no job varies per row. */
  static Map<String, Column> common(
      String indicator, Column series, String unit, String source, String runId) {
    Map<String, Column> columns = new LinkedHashMap<>();
    columns.put("indicator", lit(indicator));
    columns.put("series", series);
    columns.put("unit", lit(unit));
    columns.put("obs_status", lit("A"));
    columns.put("source", lit(source));
    columns.put("_run_id", lit(runId));
    return columns;
  }

  /** Adds the columns of a country's own figure, read from {@code area}. */
  static Map<String, Column> country(Map<String, Column> columns) {
    columns.put("area", col("area"));
    columns.put("area_kind", lit("COUNTRY"));
    columns.put("nature", lit("C"));
    columns.put("aggregation_method", lit("NONE"));
    return columns;
  }

  /** Adds the columns of a group's figure, read from {@link GroupAggregation}'s output. */
  static Map<String, Column> aggregate(Map<String, Column> columns, AggregationMethod method) {
    columns.put("area", col("group_area"));
    columns.put("area_kind", lit("AGGREGATE"));
    columns.put("nature", lit("G"));
    columns.put("aggregation_method", lit(method.name()));
    columns.put("countries_with_data", col("countries_with_data"));
    columns.put("countries_in_group", col("countries_in_group"));
    columns.put("population_share", col("population_share"));
    return columns;
  }

  /**
   * Adds the columns of a world figure over units that are not countries (corridors, say), so it
   * has no country coverage; its footnote says what it was counted over.
   */
  static Map<String, Column> worldOverUnits(
      Map<String, Column> columns, AggregationMethod method, String footnote) {
    columns.put("area", lit("WLD"));
    columns.put("area_kind", lit("AGGREGATE"));
    columns.put("nature", lit("G"));
    columns.put("aggregation_method", lit(method.name()));
    columns.put("period", col("period"));
    columns.put("year", col("year"));
    columns.put("footnote", lit(footnote));
    return columns;
  }

  /** Adds a ratio's value, {@code numerator / denominator x scale}, with both its components. */
  static Map<String, Column> ratio(Map<String, Column> columns, double scale) {
    columns.put("value", col("numerator").divide(col("denominator")).multiply(scale));
    columns.put("numerator", col("numerator"));
    columns.put("denominator", col("denominator"));
    return columns;
  }

  /** A yearly period from an integer {@code year} column. */
  static Map<String, Column> yearly(Map<String, Column> columns) {
    columns.put("period", col("year").cast("string"));
    columns.put("year", col("year"));
    return columns;
  }

  static Dataset<Row> project(Dataset<Row> rows, Map<String, Column> columns) {
    return SpecProjection.project(rows, GoldTables.INDICATOR_OBSERVATION, columns);
  }
}
