package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two custom indicators of the kind civil-society platforms track (Civil Society Days 2016, session
 * 3.2), computed by the gold engine from hand-written programme results for 2023.
 *
 * <p>Businesses created by diaspora entrepreneurs: El Salvador 12, Nigeria 20 under AFFORD and 5
 * under a second programme, Sierra Leone 8. Loans: El Salvador 30, Nigeria 25, Sierra Leone 0,
 * Ghana 4 (and no business reported). Populations (millions): Nigeria 220, Sierra Leone 8.6, Ghana
 * 33, El Salvador 6.3.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomIndicatorGoldTest {
  private static final String WESTERN_AFRICA = "M49_011";

  private Dataset<Row> businesses;
  private Dataset<Row> loansPerHundred;

  @BeforeAll
  void computeOnce(@TempDir Path temp) {
    SilverFixture fixture = new SilverFixture(temp);
    result(fixture, "SLV", "JMDI", "BUSINESSES_CREATED", 12);
    result(fixture, "SLV", "JMDI", "LOANS", 30);
    result(fixture, "NGA", "AFFORD", "BUSINESSES_CREATED", 20);
    result(fixture, "NGA", "DIASPORA_HUB", "BUSINESSES_CREATED", 5);
    result(fixture, "NGA", "AFFORD", "LOANS", 25);
    result(fixture, "SLE", "AFFORD", "BUSINESSES_CREATED", 8);
    result(fixture, "SLE", "AFFORD", "LOANS", 0);
    result(fixture, "GHA", "AFFORD", "LOANS", 4);
    population(fixture, "NGA", 220e6);
    population(fixture, "SLE", 8.6e6);
    population(fixture, "GHA", 33e6);
    population(fixture, "SLV", 6.3e6);
    GoldInputs inputs = fixture.write();
    businesses =
        new CustomIndicatorJob(
                new CustomIndicator(
                    "CUSTOM.DIASPORA_BUSINESSES",
                    "NUMBER",
                    SilverTables.PROGRAMME_RESULT,
                    Optional.of("metric = 'BUSINESSES_CREATED'"),
                    "value",
                    Optional.empty(),
                    AggregationMethod.SUM,
                    1.0,
                    "programme reports"))
            .observations(inputs)
            .cache();
    loansPerHundred =
        new CustomIndicatorJob(
                new CustomIndicator(
                    "CUSTOM.LOANS_PER_100_BUSINESSES",
                    "PER_100_BUSINESSES",
                    SilverTables.PROGRAMME_RESULT,
                    Optional.empty(),
                    "CASE WHEN metric = 'LOANS' THEN value ELSE 0 END",
                    Optional.of("CASE WHEN metric = 'BUSINESSES_CREATED' THEN value ELSE 0 END"),
                    AggregationMethod.RATIO_OF_SUMS,
                    100.0,
                    "programme reports"))
            .observations(inputs)
            .cache();
  }

  @Test
  void aCountrysSumAddsEveryProgrammeThatMeetsTheFilter() {
    assertThat(row(businesses, "NGA").<Double>getAs("value")).isEqualTo(20.0 + 5);
    assertThat(row(businesses, "SLV").<Double>getAs("value")).isEqualTo(12.0);
    assertThat(row(businesses, "NGA").<String>getAs("area_kind")).isEqualTo("COUNTRY");
    assertThat(row(businesses, "NGA").<String>getAs("unit")).isEqualTo("NUMBER");
    // Ghana reported loans only, so it has no figure for businesses.
    assertThat(businesses.where(col("area").equalTo("GHA")).count()).isZero();
  }

  @Test
  void aGroupsSumAddsItsCountriesWithCoverage() {
    Row westernAfrica = row(businesses, WESTERN_AFRICA);
    assertThat(westernAfrica.<Double>getAs("value")).isEqualTo(25.0 + 8);
    assertThat(westernAfrica.<String>getAs("aggregation_method")).isEqualTo("SUM");
    assertThat(westernAfrica.<Integer>getAs("countries_with_data")).isEqualTo(2);
    assertThat(westernAfrica.<Double>getAs("population_share"))
        .isCloseTo((220 + 8.6) / (220 + 8.6 + 33), within(1e-12));
    assertThat(row(businesses, "WLD").<Double>getAs("value")).isEqualTo(12.0 + 25 + 8);
  }

  @Test
  void aCountrysRatioIsItsSumOfNumeratorsOverItsSumOfDenominatorsScaled() {
    assertThat(row(loansPerHundred, "SLV").<Double>getAs("value")).isEqualTo(30.0 / 12 * 100);
    assertThat(row(loansPerHundred, "NGA").<Double>getAs("value")).isEqualTo(25.0 / 25 * 100);
    assertThat(row(loansPerHundred, "NGA").<Double>getAs("denominator")).isEqualTo(25.0);
    assertThat(row(loansPerHundred, "SLE").<Double>getAs("value")).isEqualTo(0.0);
  }

  @Test
  void aCountryWhoseDenominatorSumsToZeroHasNoRatio() {
    assertThat(loansPerHundred.where(col("area").equalTo("GHA")).count()).isZero();
  }

  @Test
  void aGroupsRatioIsTheRatioOfItsSumsNotTheMeanOfItsCountriesRatios() {
    Row westernAfrica = row(loansPerHundred, WESTERN_AFRICA);
    // Ghana's 4 loans count in the group although its own ratio has no denominator.
    assertThat(westernAfrica.<Double>getAs("value"))
        .isCloseTo((25.0 + 0 + 4) / (25 + 8 + 0) * 100, within(1e-9));
    assertThat(westernAfrica.<String>getAs("aggregation_method")).isEqualTo("RATIO_OF_SUMS");
    assertThat(westernAfrica.<Integer>getAs("countries_with_data")).isEqualTo(3);
    Row world = row(loansPerHundred, "WLD");
    assertThat(world.<Double>getAs("value"))
        .isCloseTo((30.0 + 25 + 0 + 4) / (12 + 25 + 8) * 100, within(1e-9));
    double meanOfRatios = (250.0 + 100 + 0) / 3;
    assertThat(world.<Double>getAs("value")).isNotCloseTo(meanOfRatios, within(1.0));
  }

  private static Row row(Dataset<Row> observations, String area) {
    var rows =
        observations
            .where(col("area").equalTo(area).and(col("period").equalTo("2023")))
            .collectAsList();
    assertThat(rows).as(area).hasSize(1);
    return rows.get(0);
  }

  private static void result(
      SilverFixture fixture, String area, String programme, String metric, double value) {
    fixture.row(
        SilverTables.PROGRAMME_RESULT,
        Map.of(
            "area",
            area,
            "year",
            2023,
            "programme",
            programme,
            "metric",
            metric,
            "sex",
            "_T",
            "value",
            value));
  }

  private static void population(SilverFixture fixture, String area, double persons) {
    fixture.row(
        SilverTables.POPULATION,
        Map.of("area", area, "year", 2023, "persons", persons, "series_code", "SP.POP.TOTL"));
  }
}
