package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.TestSpark;
import org.corridor.etl.gold.progress.ProgressRule;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.catalogue.Direction;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.Column;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress assessments of a handful of observations. 10.c.1 world: 7.5 in 2015, 6.0 in 2020 (the
 * target is 3 by 2030), beside a 2021-Q1 quarter, a provider-type breakdown and a corridor that
 * must all be left out. 17.3.2 Mexico: 1.0 in 2014, 2.0 in 2015, 2.2 in 2020 (no target); the
 * Philippines only in 2016. 10.7.3 world: 0 dead and missing in 2015, 5 in 2020 (target 0), as a
 * sex total, beside a female count that is a breakdown. GCM21 returns have no rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressAssessmentGoldTest {
  private final List<Row> observations = new ArrayList<>();
  private List<Row> assessments;
  private Dataset<Row> result;

  @BeforeAll
  void assessOnce() {
    observation("10.c.1", "WLD", "2015", 7.5, Map.of());
    observation("10.c.1", "WLD", "2020", 6.0, Map.of());
    observation("10.c.1", "WLD", "2021-Q1", 100.0, Map.of());
    observation("10.c.1", "WLD", "2021", 1.0, Map.of("provider_type", "Bank"));
    observation("10.c.1", "MEX", "2015", 10.0, Map.of("origin", "USA", "destination", "MEX"));
    observation("10.c.1", "MEX", "2020", 20.0, Map.of("origin", "USA", "destination", "MEX"));
    observation("17.3.2", "MEX", "2014", 1.0, Map.of());
    observation("17.3.2", "MEX", "2015", 2.0, Map.of());
    observation("17.3.2", "MEX", "2020", 2.2, Map.of());
    observation("17.3.2", "PHL", "2016", 9.0, Map.of());
    observation("10.7.3", "WLD", "2015", 0.0, Map.of("sex", "_T"));
    observation("10.7.3", "WLD", "2020", 5.0, Map.of("sex", "_T"));
    observation("10.7.3", "WLD", "2021", 1.0, Map.of("sex", "F"));
    observation("GCM21.RETURNS", "MEX", "2015", 10.0, Map.of());
    observation("GCM21.RETURNS", "MEX", "2020", 20.0, Map.of());
    List<ProgressRule> rules =
        List.of(
            ProgressRule.towards("10.c.1", Direction.DECREASE, 3, 2030),
            ProgressRule.withoutTarget("17.3.2", Direction.INCREASE),
            ProgressRule.towards("10.7.3", Direction.DECREASE, 0, 2030));
    Dataset<Row> frame =
        TestSpark.session()
            .createDataFrame(observations, SparkSchemas.of(GoldTables.INDICATOR_OBSERVATION));
    result = ProgressAssessmentGold.transform(frame, rules, "test-run");
    assessments = result.orderBy(col("indicator"), col("area"), col("method")).collectAsList();
  }

  @Test
  void assessesOnlyYearlyTotalsOfIndicatorsWithARuleAndTwoYearsFrom2015() {
    assertThat(assessments)
        .extracting(r -> r.getAs("indicator") + " " + r.getAs("area") + " " + r.getAs("method"))
        .containsExactly(
            "10.7.3 WLD ESCAP",
            "10.7.3 WLD OPEN_SDG",
            "10.c.1 WLD ESCAP",
            "10.c.1 WLD OPEN_SDG",
            "17.3.2 MEX OPEN_SDG");
    assertThat(result.schema()).isEqualTo(SparkSchemas.of(GoldTables.PROGRESS_ASSESSMENT));
  }

  @Test
  void fallingCostIsMeasuredAgainstTheFallItsTargetNeeds() {
    Row cost = assessments.get(3);
    assertThat(cost.<String>getAs("baseline_period")).isEqualTo("2015");
    assertThat(cost.<Double>getAs("baseline_value")).isEqualTo(7.5);
    assertThat(cost.<String>getAs("latest_period")).isEqualTo("2020");
    assertThat(cost.<Double>getAs("latest_value")).isEqualTo(6.0);
    assertThat(cost.<Double>getAs("target_value")).isEqualTo(3.0);
    double observed = Math.pow(6.0 / 7.5, 1 / 5.0) - 1;
    double required = Math.pow(3.0 / 7.5, 1 / 15.0) - 1;
    assertThat(cost.<Double>getAs("observed_cagr")).isCloseTo(observed, within(1e-12));
    assertThat(cost.<Double>getAs("required_cagr")).isCloseTo(required, within(1e-12));
    assertThat(cost.<Double>getAs("ratio")).isCloseTo(observed / required, within(1e-12));
    assertThat(cost.<String>getAs("category")).isEqualTo("ACCELERATION_NEEDED");
    assertThat(cost.<String>getAs("thresholds")).contains("0.60 <= R < 0.95");
    assertThat(cost.<String>getAs("_run_id")).isEqualTo("test-run");
  }

  @Test
  void escapProjectsTheCostTo2030() {
    // Status (6 - 7.5) / (3 - 7.5); projection 6 x 0.8^2 = 3.84; anticipated (3.84 - 7.5) / -4.5.
    Row cost = assessments.get(2);
    assertThat(cost.<Double>getAs("current_status_index")).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(cost.<Double>getAs("projected_value")).isCloseTo(3.84, within(1e-12));
    assertThat(cost.<Double>getAs("ratio")).isCloseTo(3.66 / 4.5, within(1e-12));
    assertThat(cost.<Double>getAs("required_cagr")).isNull();
    assertThat(cost.<String>getAs("category")).isEqualTo("ACCELERATION_NEEDED");
  }

  @Test
  void remittancesWithoutTargetAreJudgedOnGrowthFrom2015() {
    Row mexico = assessments.get(4);
    assertThat(mexico.<String>getAs("baseline_period")).isEqualTo("2015");
    assertThat(mexico.<Double>getAs("observed_cagr"))
        .isCloseTo(Math.pow(1.1, 1 / 5.0) - 1, within(1e-12));
    assertThat(mexico.<Double>getAs("target_value")).isNull();
    assertThat(mexico.<String>getAs("category")).isEqualTo("ON_TRACK");
  }

  @Test
  void deathsRisingFromZeroAreDeteriorationUnderBothMethods() {
    assertThat(assessments.subList(0, 2))
        .extracting(r -> r.<String>getAs("category"))
        .containsOnly("DETERIORATION");
    assertThat(assessments.get(1).<Double>getAs("observed_cagr")).isNull();
  }

  @Test
  void catalogueRulesCoverEveryIndicatorWithADirectionAndCarryItsTarget() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.load();
    List<ProgressRule> rules = ProgressAssessmentGold.rules(catalogue);
    assertThat(rules)
        .extracting(ProgressRule::indicator)
        .containsExactlyElementsOf(
            catalogue.all().stream()
                .filter(i -> i.direction() != Direction.NONE)
                .map(i -> i.code())
                .toList());
    ProgressRule cost =
        rules.stream().filter(r -> r.indicator().equals("10.c.1")).findFirst().orElseThrow();
    assertThat(cost.direction()).isEqualTo(Direction.DECREASE);
    assertThat(cost.target().getAsDouble()).isEqualTo(3.0);
    assertThat(cost.targetYear()).isEqualTo(2030);
  }

  @Test
  void customIndicatorsWithADirectionGetARuleWithTheirTarget(@TempDir Path temp) {
    SilverFixture fixture = new SilverFixture(temp);
    fixture.row(SilverTables.CUSTOM_INDICATOR, definition("CUSTOM.LOANS", "INCREASE", 400.0, 2030));
    fixture.row(
        SilverTables.CUSTOM_INDICATOR, definition("CUSTOM.MEETINGS", "DECREASE", null, null));
    fixture.row(SilverTables.CUSTOM_INDICATOR, definition("CUSTOM.PROGRAMMES", "NONE", null, null));

    List<ProgressRule> rules =
        ProgressAssessmentGold.rules(IndicatorCatalogue.load(), fixture.write());

    assertThat(rules).hasSize(ProgressAssessmentGold.rules(IndicatorCatalogue.load()).size() + 2);
    assertThat(rules)
        .contains(
            ProgressRule.towards("CUSTOM.LOANS", Direction.INCREASE, 400.0, 2030),
            ProgressRule.withoutTarget("CUSTOM.MEETINGS", Direction.DECREASE));
  }

  private static Map<String, Object> definition(
      String code, String direction, Double target, Integer targetYear) {
    Map<String, Object> values = new HashMap<>();
    values.put("code", code);
    values.put("name", code);
    values.put("unit", "NUMBER");
    values.put("fact_table", "silver.programme_result");
    values.put("numerator", "value");
    values.put("aggregation", "SUM");
    values.put("scale", 1.0);
    values.put("target_value", target);
    values.put("target_year", targetYear);
    values.put("direction", direction);
    values.put("source", "test");
    return values;
  }

  private void observation(
      String indicator, String area, String period, double value, Map<String, String> breakdown) {
    Map<String, Object> values = new HashMap<>(breakdown);
    values.put("indicator", indicator);
    values.put("series", indicator);
    values.put("area", area);
    values.put("area_kind", area.equals("WLD") ? "AGGREGATE" : "COUNTRY");
    values.put("period", period);
    values.put("year", Integer.parseInt(period.substring(0, 4)));
    values.put("value", value);
    values.put("unit", "UNIT");
    values.put("obs_status", "A");
    values.put("nature", "C");
    values.put("aggregation_method", "NONE");
    values.put("source", "fixture");
    values.put("_run_id", "fixture-run");
    observations.add(
        RowFactory.create(
            GoldTables.INDICATOR_OBSERVATION.columns().stream()
                .map(Column::name)
                .map(values::get)
                .toArray()));
  }
}
