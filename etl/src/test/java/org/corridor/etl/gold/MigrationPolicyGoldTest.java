package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDG 10.7.2 on four countries' answers to the 2021 round. Mexico: domain 1 all "yes, legal status
 * only" (5 x 0.5), domains 2-6 all yes. Guatemala: domain 1 yes, yes, no, unanswered and one
 * sub-category missing; nothing else. Colombia: domain 1 four yes and a no; domains 2-6 all yes.
 * Germany: all thirty yes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationPolicyGoldTest {

  @Test
  void ratiosAreTheirComponentsTimesTheCatalogueScale() {
    GoldRows.assertRatiosFollowCatalogueScale(observations);
  }

  private static final String LATIN_AMERICA = "SDG_419";
  private Dataset<Row> observations;

  @BeforeAll
  void computeOnce(@TempDir Path temp) {
    SilverFixture fixture = new SilverFixture(temp);
    for (int sub = 1; sub <= 5; sub++) {
      answer(fixture, "MEX", 1, sub, "YES_LEGAL_STATUS_ONLY");
      answer(fixture, "COL", 1, sub, sub == 5 ? "NO" : "YES");
      for (int domain = 2; domain <= 6; domain++) {
        answer(fixture, "MEX", domain, sub, "YES");
        answer(fixture, "COL", domain, sub, "YES");
      }
      for (int domain = 1; domain <= 6; domain++) {
        answer(fixture, "DEU", domain, sub, "YES");
      }
    }
    answer(fixture, "GTM", 1, 1, "YES");
    answer(fixture, "GTM", 1, 2, "YES");
    answer(fixture, "GTM", 1, 3, "NO");
    answer(fixture, "GTM", 1, 4, null);
    observations = new MigrationPolicyGold().observations(fixture.write()).cache();
  }

  @Test
  void domainOneScoresHalfForLegalStatusOnlyAndOverallIsTheMeanOfThirty() {
    assertThat(value("SCORE", "MEX", col("policy_domain").equalTo("1"))).isEqualTo(50.0);
    assertThat(value("SCORE", "MEX", col("policy_domain").equalTo("2"))).isEqualTo(100.0);
    // (5 x 0.5 + 25) / 30 x 100
    assertThat(value("SCORE", "MEX", col("policy_domain").isNull()))
        .isCloseTo(27.5 / 30 * 100, within(1e-9));
    assertThat(value("CATEGORY", "MEX", col("policy_domain").equalTo("1"))).isEqualTo(2.0);
    assertThat(value("CATEGORY", "MEX", col("policy_domain").isNull())).isEqualTo(3.0);
  }

  @Test
  void unansweredAndMissingSubCategoriesScoreZero() {
    // Guatemala domain 1: 2 of 5, exactly on the 40 edge: partially meets.
    assertThat(value("SCORE", "GTM", col("policy_domain").equalTo("1"))).isEqualTo(40.0);
    assertThat(value("CATEGORY", "GTM", col("policy_domain").equalTo("1"))).isEqualTo(2.0);
    assertThat(value("SCORE", "GTM", col("policy_domain").isNull()))
        .isCloseTo(2.0 / 30 * 100, within(1e-9));
    assertThat(value("CATEGORY", "GTM", col("policy_domain").isNull())).isEqualTo(1.0);
  }

  @Test
  void categoryEdgesAtEightyAndAHundred() {
    assertThat(value("SCORE", "COL", col("policy_domain").equalTo("1"))).isEqualTo(80.0);
    assertThat(value("CATEGORY", "COL", col("policy_domain").equalTo("1"))).isEqualTo(3.0);
    assertThat(value("CATEGORY", "DEU", col("policy_domain").isNull())).isEqualTo(4.0);
  }

  @Test
  void groupShareIsTheUnweightedShareOfRespondingCountriesPerCategory() {
    // Overall: Mexico meets, Guatemala requires further progress, Colombia meets.
    Row meets = row("SHARE_MEETS", LATIN_AMERICA, col("policy_domain").isNull());
    assertThat(meets.<Double>getAs("value")).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(meets.<Integer>getAs("countries_with_data")).isEqualTo(3);
    assertThat(meets.<String>getAs("aggregation_method")).isEqualTo("SHARE_OF_COUNTRIES");
    assertThat(
            value("SHARE_REQUIRES_FURTHER_PROGRESS", LATIN_AMERICA, col("policy_domain").isNull()))
        .isCloseTo(100.0 / 3, within(1e-9));
    assertThat(value("SHARE_FULLY_MEETS", LATIN_AMERICA, col("policy_domain").isNull()))
        .isEqualTo(0.0);
    // Domain 1: Mexico and Guatemala partially meet, Colombia meets.
    assertThat(value("SHARE_PARTIALLY_MEETS", LATIN_AMERICA, col("policy_domain").equalTo("1")))
        .isCloseTo(200.0 / 3, within(1e-9));
    // The world adds Germany, fully meeting: 1 of 4.
    assertThat(value("SHARE_FULLY_MEETS", "WLD", col("policy_domain").isNull())).isEqualTo(25.0);
  }

  private double value(String series, String area, Column condition) {
    return row(series, area, condition).getAs("value");
  }

  private Row row(String series, String area, Column condition) {
    var rows =
        observations
            .where(
                col("series")
                    .equalTo(series)
                    .and(col("area").equalTo(area))
                    .and(col("period").equalTo("2021"))
                    .and(condition))
            .collectAsList();
    assertThat(rows).as("%s %s", series, area).hasSize(1);
    return rows.get(0);
  }

  private static void answer(
      SilverFixture fixture, String area, int domain, int subCategory, String answer) {
    Map<String, Object> values = new HashMap<>();
    values.put("area", area);
    values.put("round", 2021);
    values.put("domain", domain);
    values.put("sub_category", subCategory);
    values.put("answer", answer);
    fixture.row(SilverTables.MIGRATION_POLICY, values);
  }
}
