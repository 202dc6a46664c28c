package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDG 10.c.1 and the SmaRT on a handful of price quotes, every expected value worked out by hand
 * below. 2016-Q1, USD 200: USA to Mexico has five services (4, 6, 3, 5, 8 %; the 3 % one is not
 * SmaRT-eligible), USA to Guatemala two (2, 3 %), Spain to Colombia one (7 %). 2016-Q2: USA to
 * Mexico 3, 5, 4 %. One USD 500 quote (USA to Mexico, 2 %). The World Bank's published corridor
 * averages add UK to Nigeria (8 %) and a USA-Mexico figure the service data overrides (9.9 %).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemittanceCostGoldTest {

  @Test
  void ratiosAreTheirComponentsTimesTheCatalogueScale() {
    GoldRows.assertRatiosFollowCatalogueScale(cost);
    GoldRows.assertRatiosFollowCatalogueScale(smart);
  }

  private static final String LATIN_AMERICA = "SDG_419";
  private Dataset<Row> cost;
  private Dataset<Row> smart;

  @BeforeAll
  void computeOnce(@TempDir Path temp) {
    SilverFixture fixture = new SilverFixture(temp);
    quote(fixture, "2016-Q1", "USA", "MEX", "A", "Money Transfer Operator", 4.0, true);
    quote(fixture, "2016-Q1", "USA", "MEX", "B", "Bank", 6.0, true);
    quote(fixture, "2016-Q1", "USA", "MEX", "C", "Money Transfer Operator", 3.0, false);
    quote(fixture, "2016-Q1", "USA", "MEX", "D", "Money Transfer Operator", 5.0, true);
    quote(fixture, "2016-Q1", "USA", "MEX", "E", "Bank", 8.0, true);
    quote(fixture, "2016-Q1", "USA", "GTM", "A", "Money Transfer Operator", 2.0, true);
    quote(fixture, "2016-Q1", "USA", "GTM", "F", "Bank", 3.0, true);
    quote(fixture, "2016-Q1", "ESP", "COL", "G", "Money Transfer Operator", 7.0, true);
    quote(fixture, "2016-Q2", "USA", "MEX", "A", "Money Transfer Operator", 3.0, true);
    quote(fixture, "2016-Q2", "USA", "MEX", "B", "Bank", 5.0, true);
    quote(fixture, "2016-Q2", "USA", "MEX", "D", "Money Transfer Operator", 4.0, true);
    Map<String, Object> large =
        quoteValues("2016-Q1", "USA", "MEX", "A", "Money Transfer Operator");
    large.put("amount_usd", 500.0);
    large.put("total_cost_pct", 2.0);
    large.put("smart_eligible", true);
    fixture.row(SilverTables.REMITTANCE_PRICE, large);
    published(fixture, "2016-Q1", "USA", "MEX", 9.9);
    published(fixture, "2016-Q1", "GBR", "NGA", 8.0);
    GoldInputs inputs = fixture.write();
    cost = new RemittanceCostGold().observations(inputs).cache();
    smart = new SmartGold().observations(inputs).cache();
  }

  @Test
  void corridorCostIsTheMeanOverItsServicesIncludingIneligibleOnes() {
    Row mexico =
        GoldRows.only(cost, "CORRIDOR_USD200", "MEX", "2016-Q1", col("origin").equalTo("USA"));
    assertThat(mexico.<Double>getAs("value")).isCloseTo((4 + 6 + 3 + 5 + 8) / 5.0, within(1e-12));
    assertThat(mexico.<Double>getAs("numerator")).isEqualTo(26.0);
    assertThat(mexico.<Double>getAs("denominator")).isEqualTo(5.0);
    assertThat(mexico.<String>getAs("destination")).isEqualTo("MEX");
    assertThat(mexico.<String>getAs("source")).contains("service-level");
  }

  @Test
  void yearlyCorridorCostIsTheMeanOverTheYearsQuotesNotOfQuarterlyMeans() {
    // 2016: 4, 6, 3, 5, 8 and 3, 5, 4: 38 / 8; the mean of the quarters would be (5.2 + 4) / 2.
    Row year = GoldRows.only(cost, "CORRIDOR_USD200", "MEX", "2016", col("origin").equalTo("USA"));
    assertThat(year.<Double>getAs("value")).isCloseTo(38 / 8.0, within(1e-12));
    assertThat(year.<Integer>getAs("year")).isEqualTo(2016);
  }

  @Test
  void publishedCorridorAverageFillsOnlyCorridorsTheServicesLack() {
    Row nigeria =
        GoldRows.only(cost, "CORRIDOR_USD200", "NGA", "2016-Q1", col("origin").equalTo("GBR"));
    assertThat(nigeria.<Double>getAs("value")).isEqualTo(8.0);
    assertThat(nigeria.<String>getAs("source")).contains("ATCR.CORR");
    assertThat(nigeria.isNullAt(nigeria.fieldIndex("numerator"))).isTrue();
    assertThat(
            cost.where(col("series").equalTo("CORRIDOR_USD200").and(col("value").equalTo(9.9)))
                .count())
        .isZero();
  }

  @Test
  void regionalCostIsTheMeanOverServicesNotOverCorridors() {
    // Services to Latin America in 2016-Q1: Mexico 26 over 5, Guatemala 5 over 2, Colombia 7.
    Row region =
        GoldRows.only(
            cost, "RECEIVING_USD200", LATIN_AMERICA, "2016-Q1", col("provider_type").isNull());
    assertThat(region.<Double>getAs("value")).isCloseTo(38 / 8.0, within(1e-12));
    assertThat(region.<Double>getAs("value")).isNotCloseTo((5.2 + 2.5 + 7.0) / 3, within(0.1));
    assertThat(region.<String>getAs("aggregation_method")).isEqualTo("MEAN_OF_UNITS");
    assertThat(region.<Integer>getAs("countries_with_data")).isEqualTo(3);
    assertThat(region.<Integer>getAs("countries_in_group"))
        .isEqualTo(Areas.load().group(LATIN_AMERICA).orElseThrow().members().size());
  }

  @Test
  void providerTypeBreakdownAveragesThatTypesServices() {
    // Money transfer operators to Latin America in 2016-Q1: 4, 3, 5 (Mexico), 2 (Guatemala), 7.
    Row operators =
        GoldRows.only(
            cost,
            "RECEIVING_USD200",
            LATIN_AMERICA,
            "2016-Q1",
            col("provider_type").equalTo("Money Transfer Operator"));
    assertThat(operators.<Double>getAs("value")).isCloseTo(21 / 5.0, within(1e-12));
  }

  @Test
  void sendingCountryAveragesEveryServiceItSends() {
    Row usa =
        GoldRows.only(cost, "SENDING_USD200", "USA", "2016-Q1", col("provider_type").isNull());
    assertThat(usa.<Double>getAs("value")).isCloseTo(31 / 7.0, within(1e-12));
    assertThat(usa.<String>getAs("area_kind")).isEqualTo("COUNTRY");
  }

  @Test
  void usd500QuotesMakeTheirOwnSeries() {
    Row mexico =
        GoldRows.only(cost, "CORRIDOR_USD500", "MEX", "2016-Q1", col("origin").equalTo("USA"));
    assertThat(mexico.<Double>getAs("value")).isEqualTo(2.0);
  }

  @Test
  void corridorsAboveFiveAndBelowThreePerCentAreCountedOverBothSources() {
    // 2016-Q1 corridors: Mexico 5.2, Guatemala 2.5, Colombia 7, Nigeria 8 (published).
    assertThat(value(cost, "CORRIDORS_ABOVE_5PCT", "WLD", "2016-Q1")).isEqualTo(3.0);
    assertThat(value(cost, "CORRIDORS_ABOVE_5PCT_SHARE", "WLD", "2016-Q1")).isEqualTo(75.0);
    assertThat(value(cost, "CORRIDORS_BELOW_3PCT", "WLD", "2016-Q1")).isEqualTo(1.0);
    assertThat(value(cost, "CORRIDORS_BELOW_3PCT_SHARE", "WLD", "2016-Q1")).isEqualTo(25.0);
    // 2016-Q2: Mexico alone, at 4.
    assertThat(value(cost, "CORRIDORS_ABOVE_5PCT", "WLD", "2016-Q2")).isEqualTo(0.0);
  }

  @Test
  void smartIsTheMeanOfTheThreeCheapestEligibleServices() {
    // Eligible to Mexico in 2016-Q1: 4, 6, 5, 8 (the 3 % service is not eligible): 4, 5, 6.
    Row mexico = GoldRows.only(smart, "CORRIDOR", "MEX", "2016-Q1", col("origin").equalTo("USA"));
    assertThat(mexico.<Double>getAs("value")).isCloseTo(5.0, within(1e-12));
    assertThat(
            GoldRows.only(smart, "CORRIDOR", "MEX", "2016-Q2", col("origin").equalTo("USA"))
                .<Double>getAs("value"))
        .isCloseTo(4.0, within(1e-12));
    // The year: the mean of the two quarters' SmaRT.
    assertThat(
            GoldRows.only(smart, "CORRIDOR", "MEX", "2016", col("origin").equalTo("USA"))
                .<Double>getAs("value"))
        .isCloseTo(4.5, within(1e-12));
  }

  @Test
  void corridorWithFewerThanThreeEligibleServicesHasNoSmart() {
    assertThat(smart.where(col("area").isin("GTM", "COL")).count()).isZero();
  }

  @Test
  void globalSmartIsTheMeanOverCorridorsWithTheShareAtOrBelowFivePerCent() {
    assertThat(value(smart, "GLOBAL", "WLD", "2016-Q1")).isCloseTo(5.0, within(1e-12));
    assertThat(value(smart, "CORRIDORS_AT_MOST_5PCT_SHARE", "WLD", "2016-Q1")).isEqualTo(100.0);
  }

  private static void quote(
      SilverFixture fixture,
      String quarter,
      String sending,
      String receiving,
      String provider,
      String type,
      double totalCost,
      boolean eligible) {
    Map<String, Object> values = quoteValues(quarter, sending, receiving, provider, type);
    values.put("amount_usd", 200.0);
    values.put("total_cost_pct", totalCost);
    values.put("smart_eligible", eligible);
    fixture.row(SilverTables.REMITTANCE_PRICE, values);
  }

  private static Map<String, Object> quoteValues(
      String quarter, String sending, String receiving, String provider, String type) {
    Map<String, Object> values = new HashMap<>();
    values.put("quarter", quarter);
    values.put("sending_area", sending);
    values.put("receiving_area", receiving);
    values.put("provider", provider);
    values.put("provider_type", type);
    return values;
  }

  private static void published(
      SilverFixture fixture, String quarter, String sending, String receiving, double value) {
    fixture.row(
        SilverTables.REMITTANCE_PRICE_CORRIDOR,
        Map.of(
            "quarter", quarter,
            "sending_area", sending,
            "receiving_area", receiving,
            "series_code", "ATCR.CORR",
            "value_pct", value));
  }

  static double value(Dataset<Row> observations, String series, String area, String period) {
    return GoldRows.only(observations, series, area, period).getAs("value");
  }
}
