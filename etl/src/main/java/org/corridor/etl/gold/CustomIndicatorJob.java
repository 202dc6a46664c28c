package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * A custom indicator computed like the catalogue's: the fact rows that meet its filter, numerator
 * and denominator summed per country and year, the value their ratio (or the numerator alone) times
 * the scale; a group's value the same over the sums of its countries, with coverage. A country-year
 * whose denominator sums to zero has no value rather than an infinite one.
 */
final class CustomIndicatorJob implements GoldIndicatorJob {
  private final CustomIndicator definition;

  CustomIndicatorJob(CustomIndicator definition) {
    this.definition = definition;
  }

  @Override
  public List<String> indicators() {
    return List.of(definition.code());
  }

  /** The definitions too: a changed definition must be recomputed although its facts are not. */
  @Override
  public List<TableSpec> sources() {
    return List.of(definition.factTable(), SilverTables.CUSTOM_INDICATOR);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> facts = inputs.read(definition.factTable());
    if (definition.filter().isPresent()) {
      facts = facts.where(expr(definition.filter().get()));
    }
    Column denominator =
        definition
            .denominator()
            .map(d -> sum(expr(d)).cast("double"))
            .orElse(lit(null).cast("double"));
    Dataset<Row> components =
        facts
            .groupBy(col("area"), col("year"))
            .agg(
                sum(expr(definition.numerator())).cast("double").alias("numerator"),
                denominator.alias("denominator"));
    Dataset<Row> observations =
        Observations.project(components, Observations.country(columns(inputs.runId())));
    if (definition.aggregation() != AggregationMethod.NOT_AGGREGABLE) {
      Dataset<Row> groups =
          GroupAggregation.sums(components, List.of(), inputs.memberships(), inputs.population());
      observations =
          observations.unionByName(
              Observations.project(
                  groups,
                  Observations.aggregate(columns(inputs.runId()), definition.aggregation())));
    }
    return observations.where(col("value").isNotNull());
  }

  private Map<String, Column> columns(String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.common(
                definition.code(),
                lit(definition.code()),
                definition.unit(),
                definition.source(),
                runId));
    Column value =
        definition.denominator().isPresent()
            ? try_divide(col("numerator"), col("denominator"))
            : col("numerator");
    columns.put("value", value.multiply(definition.scale()));
    columns.put("numerator", col("numerator"));
    columns.put("denominator", col("denominator"));
    return columns;
  }
}
