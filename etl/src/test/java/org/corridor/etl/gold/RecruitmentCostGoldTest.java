package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDG 10.7.1 on five workers who migrated from Nepal to Qatar in 2022. Their ratios of cost to
 * first month's earnings: women 1000/500 = 2 and 300/600 = 0.5; men 1200/400 = 3, 800/800 = 1 and
 * 0/500 = 0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecruitmentCostGoldTest {
  private Dataset<Row> observations;

  @BeforeAll
  void computeOnce(@TempDir Path temp) {
    SilverFixture fixture = new SilverFixture(temp);
    worker(fixture, "1", "F", 1000, 500);
    worker(fixture, "2", "F", 300, 600);
    worker(fixture, "3", "M", 1200, 400);
    worker(fixture, "4", "M", 800, 800);
    worker(fixture, "5", "M", 0, 500);
    observations = new RecruitmentCostGold().observations(fixture.write()).cache();
  }

  @Test
  void meanIsOverWorkersRatiosNotTotalCostOverTotalEarnings() {
    // (0 + 0.5 + 1 + 2 + 3) / 5; total cost over total earnings would be 3300 / 2800.
    assertThat(value("MEAN", "_T")).isCloseTo(6.5 / 5, within(1e-12));
    assertThat(value("MEAN", "M")).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(value("MEAN", "F")).isCloseTo(1.25, within(1e-12));
  }

  @Test
  void medianAndFourthQuintileInterpolateBetweenWorkers() {
    assertThat(value("MEDIAN", "_T")).isCloseTo(1.0, within(1e-12));
    assertThat(value("MEDIAN", "F")).isCloseTo(1.25, within(1e-12));
    // Sorted 0, 0.5, 1, 2, 3: the 80th percentile lies at 0.8 x 4 = 3.2, between 2 and 3.
    assertThat(value("QUINTILE_4", "_T")).isCloseTo(2.2, within(1e-12));
    // Men 0, 1, 3: at 0.8 x 2 = 1.6, between 1 and 3.
    assertThat(value("QUINTILE_4", "M")).isCloseTo(2.2, within(1e-12));
    // Women 0.5, 2: at 0.8, between 0.5 and 2.
    assertThat(value("QUINTILE_4", "F")).isCloseTo(1.7, within(1e-12));
  }

  @Test
  void figuresArePerCorridorOnlyWithTheWorkersTheyRestOn() {
    assertThat(observations.count()).isEqualTo(9);
    assertThat(observations.where(col("area_kind").notEqual("COUNTRY")).count()).isZero();
    Row mean = row("MEAN", "_T");
    assertThat(mean.<String>getAs("area")).isEqualTo("NPL");
    assertThat(mean.<String>getAs("destination")).isEqualTo("QAT");
    assertThat(mean.<String>getAs("period")).isEqualTo("2022");
    assertThat(mean.<Double>getAs("denominator")).isEqualTo(5.0);
    assertThat(mean.<String>getAs("unit")).isEqualTo("MONTHS_EARNINGS");
  }

  private double value(String series, String sex) {
    return row(series, sex).getAs("value");
  }

  private Row row(String series, String sex) {
    return observations
        .where(col("series").equalTo(series).and(col("sex").equalTo(sex)))
        .collectAsList()
        .get(0);
  }

  private static void worker(
      SilverFixture fixture, String id, String sex, double cost, double earnings) {
    Map<String, Object> values = new HashMap<>();
    values.put("survey_id", "NPL-QAT-2023");
    values.put("worker_id", id);
    values.put("origin", "NPL");
    values.put("destination", "QAT");
    values.put("migration_year", 2022);
    values.put("sex", sex);
    values.put("recruitment_fees_usd", cost);
    for (String item : new String[] {"documents", "travel", "medical", "training", "other"}) {
      values.put(item + "_usd", 0.0);
    }
    values.put("cost_usd", cost);
    values.put("monthly_earnings_usd", earnings);
    values.put("cost_currency", "USD");
    values.put("cost_usd_rate", 1.0);
    values.put("earnings_currency", "USD");
    values.put("earnings_usd_rate", 1.0);
    fixture.row(SilverTables.RECRUITMENT_COST, values);
  }
}
