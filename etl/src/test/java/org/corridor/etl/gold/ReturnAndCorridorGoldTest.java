package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.corridor.etl.gold.GoldRows.only;

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
 * GCM objectives 19, 20 and 21 on hand-written records.
 *
 * <p>Assisted returns in 2022, as disjoint cells: from Germany to Iraq 10 women aged 0-17 (AVRR,
 * reintegration assisted) and 30 men aged 18-64 (AVR, not assisted); to Afghanistan 20 men aged
 * 18-64 (AVRR, assisted); from Austria to Iraq 5 of all sexes and ages (AVRR, assistance not
 * reported). UNHCR: 100 refugees returned from Türkiye to Syria.
 *
 * <p>Remittances: the United States sent 50 billion to Mexico in 2021, Spain 1 billion. Mexico
 * received 40 billion in 2020 and Guatemala 11 billion; Mexico's emigrants in 2020 are 10.9 million
 * in the United States and 0.1 million in Spain (5 million women among them, a breakdown not to be
 * added again), Guatemala's 1 million in the United States.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnAndCorridorGoldTest {
  private static final Column HOST_TOTAL =
      col("origin").isNull().and(col("sex").equalTo("_T")).and(col("age").equalTo("_T"));

  private Dataset<Row> returns;
  private Dataset<Row> remittances;

  @BeforeAll
  void computeOnce(@TempDir Path temp) {
    SilverFixture fixture = new SilverFixture(temp);
    returned(fixture, "DEU", "IRQ", "F", "Y0T17", "AVRR", true, 10);
    returned(fixture, "DEU", "IRQ", "M", "Y18T64", "AVR", false, 30);
    returned(fixture, "DEU", "AFG", "M", "Y18T64", "AVRR", true, 20);
    returned(fixture, "AUT", "IRQ", "_T", "_T", "AVRR", null, 5);
    returned(fixture, "TUR", "SYR", "_T", "_T", "REFUGEE_RETURN", null, 100);
    sent(fixture, "USA", "MEX", 50e9);
    sent(fixture, "ESP", "MEX", 1e9);
    received(fixture, "MEX", 40e9);
    received(fixture, "GTM", 11e9);
    fixture.row(
        SilverTables.REMITTANCE_FLOW,
        Map.of(
            "area",
            "MEX",
            "year",
            2020,
            "direction",
            "PAID",
            "value_usd",
            1e9,
            "series_code",
            "BM.TRF.PWKR.CD.DT"));
    emigrants(fixture, "MEX", "USA", "_T", 10.9e6);
    emigrants(fixture, "MEX", "ESP", "_T", 0.1e6);
    emigrants(fixture, "MEX", "USA", "F", 5e6);
    emigrants(fixture, "GTM", "USA", "_T", 1e6);
    GoldInputs inputs = fixture.write();
    returns = new ReturnGold().observations(inputs).cache();
    remittances = new RemittanceCorridorGold().observations(inputs).cache();
  }

  @Test
  void assistedReturnsAreSummedPerHostInTotalBySexAndByAgeGroup() {
    assertThat(value(returns, "DEU", HOST_TOTAL)).isEqualTo(60.0);
    Column women = col("origin").isNull().and(col("sex").equalTo("F"));
    Column men = col("origin").isNull().and(col("sex").equalTo("M"));
    assertThat(value(returns, "DEU", women)).isEqualTo(10.0);
    assertThat(value(returns, "DEU", men)).isEqualTo(50.0);
    Column adults = col("origin").isNull().and(col("age").equalTo("Y18T64"));
    assertThat(value(returns, "DEU", adults)).isEqualTo(50.0);
    assertThat(value(returns, "AUT", HOST_TOTAL)).isEqualTo(5.0);
  }

  @Test
  void hostGroupsSumTheirCountriesWithCoverage() {
    Row westernEurope = only(returns, "ASSISTED_RETURNS", "M49_155", "2022", HOST_TOTAL);
    assertThat(westernEurope.<Double>getAs("value")).isEqualTo(65.0);
    assertThat(westernEurope.<String>getAs("aggregation_method")).isEqualTo("SUM");
    assertThat(westernEurope.<Integer>getAs("countries_with_data")).isEqualTo(2);
    Column women = col("sex").equalTo("F");
    assertThat(
            only(returns, "ASSISTED_RETURNS", "M49_155", "2022", women)
                .<Integer>getAs("countries_with_data"))
        .isEqualTo(1);
  }

  @Test
  void returnsArePublishedPerCorridorAndPerCountryReturnedTo() {
    Column fromIraq = col("origin").equalTo("IRQ").and(col("destination").equalTo("DEU"));
    assertThat(value(returns, "DEU", fromIraq)).isEqualTo(40.0);
    assertThat(only(returns, "ASSISTED_RETURNS_TO_ORIGIN", "IRQ", "2022").<Double>getAs("value"))
        .isEqualTo(45.0);
    assertThat(only(returns, "REFUGEE_RETURNS", "SYR", "2022").<Double>getAs("value"))
        .isEqualTo(100.0);
    GoldRows.assertUniqueKeys(returns);
    GoldRows.assertRatiosFollowCatalogueScale(returns);
  }

  @Test
  void reintegrationShareCountsOnlyReturnsWhoseAssistanceIsReported() {
    Row germany = only(returns, ReturnGold.REINTEGRATION, "DEU", "2022");
    assertThat(germany.<Double>getAs("value")).isEqualTo(30.0 / 60 * 100);
    assertThat(
            returns
                .where(
                    col("series").equalTo(ReturnGold.REINTEGRATION).and(col("area").equalTo("AUT")))
                .count())
        .isZero();
    Row westernEurope = only(returns, ReturnGold.REINTEGRATION, "M49_155", "2022");
    assertThat(westernEurope.<Double>getAs("value")).isEqualTo(50.0);
    assertThat(westernEurope.<String>getAs("aggregation_method")).isEqualTo("RATIO_OF_SUMS");
  }

  @Test
  void bilateralRemittancesKeepTheCorridorWithTheReceivingCountryAsArea() {
    Column fromUsa = col("origin").equalTo("USA").and(col("destination").equalTo("MEX"));
    Row corridor = only(remittances, RemittanceCorridorGold.BILATERAL, "MEX", "2021", fromUsa);
    assertThat(corridor.<Double>getAs("value")).isEqualTo(50e9);
    assertThat(corridor.<String>getAs("unit")).isEqualTo("USD");
  }

  @Test
  void remittancesPerMigrantDivideInflowsByEmigrantsOfBothSexes() {
    Row mexico = only(remittances, RemittanceCorridorGold.PER_MIGRANT, "MEX", "2020");
    assertThat(mexico.<Double>getAs("value")).isCloseTo(40e9 / 11e6, within(1e-6));
    assertThat(mexico.<Double>getAs("denominator")).isEqualTo(11e6);
    Row centralAmerica = only(remittances, RemittanceCorridorGold.PER_MIGRANT, "M49_013", "2020");
    assertThat(centralAmerica.<Double>getAs("value")).isCloseTo(51e9 / 12e6, within(1e-6));
    assertThat(centralAmerica.<Integer>getAs("countries_with_data")).isEqualTo(2);
    GoldRows.assertUniqueKeys(remittances);
    GoldRows.assertRatiosFollowCatalogueScale(remittances);
  }

  private static double value(Dataset<Row> observations, String area, Column breakdown) {
    return only(observations, "ASSISTED_RETURNS", area, "2022", breakdown).<Double>getAs("value");
  }

  private static void returned(
      SilverFixture fixture,
      String host,
      String origin,
      String sex,
      String age,
      String type,
      Boolean reintegrated,
      long persons) {
    Map<String, Object> values = new HashMap<>();
    values.put("host", host);
    values.put("origin", origin);
    values.put("year", 2022);
    values.put("sex", sex);
    values.put("age_group", age);
    values.put("assistance_type", type);
    values.put("vulnerability", reintegrated == null ? "NOT_REPORTED" : "NONE");
    values.put("reintegration_assistance", reintegrated);
    values.put("persons", persons);
    fixture.row(SilverTables.RETURN_MIGRATION, values);
  }

  private static void sent(SilverFixture fixture, String origin, String destination, double usd) {
    fixture.row(
        SilverTables.BILATERAL_REMITTANCE,
        Map.of("origin", origin, "destination", destination, "year", 2021, "value_usd", usd));
  }

  private static void received(SilverFixture fixture, String area, double usd) {
    fixture.row(
        SilverTables.REMITTANCE_FLOW,
        Map.of(
            "area",
            area,
            "year",
            2020,
            "direction",
            "RECEIVED",
            "value_usd",
            usd,
            "series_code",
            "BX.TRF.PWKR.CD.DT"));
  }

  private static void emigrants(
      SilverFixture fixture, String origin, String destination, String sex, double persons) {
    fixture.row(
        SilverTables.BILATERAL_MIGRANT_STOCK,
        Map.of(
            "origin",
            origin,
            "destination",
            destination,
            "year",
            2020,
            "sex",
            sex,
            "persons",
            persons));
  }
}
