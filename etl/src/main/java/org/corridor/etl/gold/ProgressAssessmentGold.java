package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corridor.etl.gold.progress.Assessment;
import org.corridor.etl.gold.progress.EscapAssessment;
import org.corridor.etl.gold.progress.OpenSdgAssessment;
import org.corridor.etl.gold.progress.Point;
import org.corridor.etl.gold.progress.ProgressRule;
import org.corridor.etl.gold.progress.ProgressSeries;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.catalogue.Direction;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.SilverTables;

/**
 * Progress towards 2030 of every indicator with a desired direction, per country and aggregate,
 * under both published methods (Open SDG and ESCAP). Only yearly totals are assessed: the methods
 * measure annual growth, and a breakdown (a sex, a corridor, a provider type) is a different series
 * from the headline figure the reports assess.
 */
public final class ProgressAssessmentGold {
  private static final String TOTAL = "_T";
  private static final StructType RULE_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("indicator", DataTypes.StringType, false),
              DataTypes.createStructField("desired_direction", DataTypes.StringType, false),
              DataTypes.createStructField("rule_target", DataTypes.DoubleType, true),
              DataTypes.createStructField("rule_target_year", DataTypes.IntegerType, false)));

  private ProgressAssessmentGold() {}

  /** A rule for every catalogue indicator that should rise or fall, with its target if any. */
  public static List<ProgressRule> rules(IndicatorCatalogue catalogue) {
    return catalogue.all().stream()
        .filter(indicator -> indicator.direction() != Direction.NONE)
        .map(ProgressAssessmentGold::rule)
        .toList();
  }

  /**
   * The catalogue's rules and those of the custom indicators secretariats defined with a direction
   * (a definition with half a target never reaches silver).
   */
  public static List<ProgressRule> rules(IndicatorCatalogue catalogue, GoldInputs inputs) {
    List<ProgressRule> rules = new ArrayList<>(rules(catalogue));
    List<Row> custom =
        inputs
            .read(SilverTables.CUSTOM_INDICATOR)
            .where(col("direction").notEqual(Direction.NONE.name()))
            .collectAsList();
    for (Row definition : custom) {
      String code = definition.getAs("code");
      Direction direction = Direction.valueOf(definition.getAs("direction"));
      Double target = definition.getAs("target_value");
      rules.add(
          target == null
              ? ProgressRule.withoutTarget(code, direction)
              : ProgressRule.towards(
                  code, direction, target, definition.<Integer>getAs("target_year")));
    }
    return rules;
  }

  private static ProgressRule rule(Indicator indicator) {
    return indicator
        .target()
        .map(
            t -> ProgressRule.towards(indicator.code(), indicator.direction(), t.value(), t.year()))
        .orElseGet(() -> ProgressRule.withoutTarget(indicator.code(), indicator.direction()));
  }

  /**
   * Assesses rows of {@code gold.indicator_observation}; returns rows of {@code
   * gold.progress_assessment}, at most one per indicator, series, area and method.
   */
  public static Dataset<Row> transform(
      Dataset<Row> observations, List<ProgressRule> rules, String runId) {
    Dataset<Row> ruleRows =
        observations
            .sparkSession()
            .createDataFrame(
                rules.stream().map(ProgressAssessmentGold::ruleRow).toList(), RULE_SCHEMA);
    FlatMapFunction<Row, Row> assess = group -> assessments(group, runId);
    return observations
        .where(col("period").equalTo(col("year").cast("string")).and(undisaggregated()))
        .join(broadcast(ruleRows), "indicator")
        .groupBy(
            col("indicator"),
            col("series"),
            col("area"),
            col("desired_direction"),
            col("rule_target"),
            col("rule_target_year"))
        .agg(collect_list(struct(col("year"), col("value"))).alias("points"))
        .flatMap(assess, Encoders.row(SparkSchemas.of(GoldTables.PROGRESS_ASSESSMENT)));
  }

  /** Every breakdown column empty or the total, as the gold jobs write a headline figure. */
  private static Column undisaggregated() {
    return GoldTables.DISAGGREGATIONS.stream()
        .map(name -> col(name).isNull().or(col(name).equalTo(TOTAL)))
        .reduce(Column::and)
        .orElseThrow();
  }

  private static Row ruleRow(ProgressRule rule) {
    return RowFactory.create(
        rule.indicator(),
        rule.direction().name(),
        rule.target().isPresent() ? rule.target().getAsDouble() : null,
        rule.targetYear());
  }

  private static Iterator<Row> assessments(Row group, String runId) {
    String indicator = group.getAs("indicator");
    Direction direction = Direction.valueOf(group.getAs("desired_direction"));
    int targetYear = group.<Integer>getAs("rule_target_year");
    Double target = group.getAs("rule_target");
    ProgressRule rule =
        new ProgressRule(
            indicator,
            direction,
            target == null ? OptionalDouble.empty() : OptionalDouble.of(target),
            targetYear);
    List<Point> points = new ArrayList<>();
    for (Row point : group.<Row>getList(group.fieldIndex("points"))) {
      points.add(new Point(point.<Integer>getAs("year"), point.<Double>getAs("value")));
    }
    ProgressSeries series = ProgressSeries.of(points);
    return Stream.of(OpenSdgAssessment.assess(rule, series), EscapAssessment.assess(rule, series))
        .flatMap(Optional::stream)
        .map(assessment -> row(group, assessment, runId))
        .iterator();
  }

  private static Row row(Row group, Assessment assessment, String runId) {
    Map<String, Object> values = new HashMap<>();
    values.put("indicator", group.getAs("indicator"));
    values.put("series", group.getAs("series"));
    values.put("area", group.getAs("area"));
    values.put("method", assessment.method().name());
    values.put("baseline_period", Integer.toString(assessment.trend().baseline().year()));
    values.put("baseline_value", assessment.trend().baseline().value());
    values.put("latest_period", Integer.toString(assessment.trend().latest().year()));
    values.put("latest_value", assessment.trend().latest().value());
    values.put("target_value", assessment.targetValue());
    values.put("observed_cagr", assessment.observedGrowthRate());
    values.put("required_cagr", assessment.requiredGrowthRate());
    values.put("ratio", assessment.ratio());
    values.put("current_status_index", assessment.currentStatusIndex());
    values.put("projected_value", assessment.projectedValue());
    values.put("category", assessment.category().name());
    values.put("thresholds", assessment.thresholds());
    values.put(Lineage.RUN_ID, runId);
    return RowFactory.create(
        GoldTables.PROGRESS_ASSESSMENT.columns().stream().map(c -> values.get(c.name())).toArray());
  }
}
