package org.corridor.etl.gold;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.apache.spark.sql.Row;
import org.corridor.etl.silver.CustomIndicatorConformance;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.TableSpec;

/**
 * What the gold engine needs of a custom indicator a secretariat defined: its code and unit, the
 * fact table, the filter and the two expressions summed per country and year, the aggregation rule
 * and the scale the value is multiplied by.
 */
record CustomIndicator(
    String code,
    String unit,
    TableSpec factTable,
    Optional<String> filter,
    String numerator,
    Optional<String> denominator,
    AggregationMethod aggregation,
    double scale,
    String source) {

  CustomIndicator {
    requireNonNull(code, "code is null");
    requireNonNull(unit, "unit is null");
    requireNonNull(factTable, "factTable is null");
    requireNonNull(filter, "filter is null");
    requireNonNull(numerator, "numerator is null");
    requireNonNull(denominator, "denominator is null");
    requireNonNull(aggregation, "aggregation is null");
    requireNonNull(source, "source is null");
  }

  /** A row of silver.custom_indicator, which holds validated definitions only. */
  static CustomIndicator of(Row row) {
    String table = row.getAs("fact_table");
    return new CustomIndicator(
        row.getAs("code"),
        row.getAs("unit"),
        requireNonNull(CustomIndicatorConformance.FACT_TABLES.get(table), "no fact table " + table),
        Optional.ofNullable(row.<String>getAs("filter")),
        row.getAs("numerator"),
        Optional.ofNullable(row.<String>getAs("denominator")),
        AggregationMethod.valueOf(row.getAs("aggregation")),
        row.<Double>getAs("scale"),
        row.getAs("source"));
  }
}
