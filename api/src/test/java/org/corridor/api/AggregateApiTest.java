package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.testing.ApiClient;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Aggregates on request over M49_013 (Central America: 8 countries, of which MEX, GTM, SLV and HND
 * have rows here) and over custom lists, each rule checked against sums done by hand:
 *
 * <ul>
 *   <li>17.3.2 in 2020: MEX 40/1000, GTM 15/100, SLV 6/25, HND a value without components, USA
 *       50/20000 outside the group, and a published WLD row that must not count;
 *   <li>10.c.1 receiving-country costs: MEX 48 over 10 services, GTM 30 over 5;
 *   <li>10.7.3 deaths: MEX 100, GTM 50;
 *   <li>10.7.2 categories in 2019: MEX 2, GTM 4, SLV 2.
 * </ul>
 *
 * Population in 2020 (millions): MEX 130, GTM 17, SLV 6.3, HND 10, BLZ 0.4, CRI 5, NIC 6.6, PAN 4.3
 * (Central America 179.6) and USA 330; none in 2019.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AggregateApiTest {
  private static final String REMITTANCES = "/api/v1/indicators/17.3.2/aggregates";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeAll
  static void writeGoldTable() {
    GoldTableFixture.in(warehouse)
        .create(
            List.of(
                share("MEX", "2020", 40, 1000),
                share("GTM", "2020", 15, 100),
                share("SLV", "2020", 6, 25),
                share("SLV", "2019", 5, 25),
                share("USA", "2020", 50, 20_000),
                GoldRow.of("17.3.2", "HND", "2020", 3.0),
                share("WLD", "2020", 700, 100_000)
                    .with("area_kind", "AGGREGATE")
                    .with("aggregation_method", "RATIO_OF_SUMS"),
                cost("MEX", 48, 10),
                cost("GTM", 30, 5),
                deaths("MEX", 100),
                deaths("GTM", 50),
                category("MEX", 2),
                category("GTM", 4),
                category("SLV", 2),
                GoldRow.of("10.7.2", "MEX", "2019", 55.0)
                    .with("series", "SCORE")
                    .with("unit", "SCORE")));
    GoldTableFixture.in(warehouse, SilverTables.POPULATION)
        .create(
            List.of(
                population("MEX", 130),
                population("GTM", 17),
                population("SLV", 6.3),
                population("HND", 10),
                population("BLZ", 0.4),
                population("CRI", 5),
                population("NIC", 6.6),
                population("PAN", 4.3),
                population("USA", 330)));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void ratioOfSumsOverAGroupDividesTheMembersSumsAndCountsItsCoverage() {
    JsonNode body = json(api.get(REMITTANCES + "?group=M49_013&from=2020"));
    assertThat(body.get("group").asString()).isEqualTo("M49_013");
    assertThat(body.get("countries")).hasSize(8);
    assertThat(body.get("aggregationMethod").asString()).isEqualTo("RATIO_OF_SUMS");
    JsonNode aggregate = only(body);
    assertThat(aggregate.get("value").asDouble()).isCloseTo(61.0 / 1125 * 100, within(1e-9));
    assertThat(aggregate.get("numerator").asDouble()).isEqualTo(61.0);
    assertThat(aggregate.get("denominator").asDouble()).isEqualTo(1125.0);
    assertThat(aggregate.get("countriesWithData").asInt()).isEqualTo(3);
    assertThat(aggregate.get("countriesInGroup").asInt()).isEqualTo(8);
    assertThat(aggregate.get("unit").asString()).isEqualTo("PERCENT_GDP");
    assertThat(aggregate.get("populationShare").asDouble()).isCloseTo(153.3 / 179.6, within(1e-12));
  }

  @Test
  void aListOfCountriesIsAggregatedOverItsCountriesOnly() {
    JsonNode body = json(api.get(REMITTANCES + "?area=USA,MEX"));
    assertThat(body.get("group").isNull()).isTrue();
    assertThat(body.get("countries").toString()).isEqualTo("[\"MEX\",\"USA\"]");
    JsonNode aggregate = only(body);
    assertThat(aggregate.get("value").asDouble()).isCloseTo(90.0 / 21_000 * 100, within(1e-9));
    assertThat(aggregate.get("countriesInGroup").asInt()).isEqualTo(2);
    assertThat(aggregate.get("populationShare").asDouble()).isEqualTo(1.0);
  }

  @Test
  void eachPeriodIsAggregatedApart() {
    JsonNode body = json(api.get(REMITTANCES + "?group=M49_013"));
    assertThat(body.get("page").get("totalElements").asInt()).isEqualTo(2);
    JsonNode first = body.get("aggregates").get(0);
    assertThat(first.get("period").asString()).isEqualTo("2019");
    assertThat(first.get("value").asDouble()).isCloseTo(20.0, within(1e-9));
    assertThat(first.get("countriesWithData").asInt()).isEqualTo(1);
    assertThat(first.get("populationShare").isNull()).as("no population in 2019").isTrue();
  }

  @Test
  void aMeanOfUnitsIsTheMeanOverServicesNotOverCountries() {
    JsonNode aggregate = only(json(api.get("/api/v1/indicators/10.c.1/aggregates?group=M49_013")));
    assertThat(aggregate.get("value").asDouble()).isCloseTo(78.0 / 15, within(1e-9));
    assertThat(aggregate.get("series").asString()).isEqualTo("RECEIVING_USD200");
    assertThat(aggregate.get("period").asString()).isEqualTo("2020-Q2");
    assertThat(aggregate.get("aggregationMethod").asString()).isEqualTo("MEAN_OF_UNITS");
  }

  @Test
  void aSumAddsTheValues() {
    JsonNode aggregate = only(json(api.get("/api/v1/indicators/10.7.3/aggregates?area=GTM,MEX")));
    assertThat(aggregate.get("value").asDouble()).isEqualTo(150.0);
    assertThat(aggregate.get("denominator").isNull()).isTrue();
  }

  @Test
  void aShareOfCountriesGivesEachCategorysShareOfTheRespondingCountries() {
    JsonNode body = json(api.get("/api/v1/indicators/10.7.2/aggregates?group=M49_013"));
    List<String> series =
        body.get("aggregates").valueStream().map(a -> a.get("series").asString()).toList();
    assertThat(series)
        .containsExactly(
            "SHARE_REQUIRES_FURTHER_PROGRESS",
            "SHARE_PARTIALLY_MEETS",
            "SHARE_MEETS",
            "SHARE_FULLY_MEETS");
    List<Double> values =
        body.get("aggregates").valueStream().map(a -> a.get("value").asDouble()).toList();
    assertThat(values.get(0)).isEqualTo(0.0);
    assertThat(values.get(1)).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(values.get(2)).isEqualTo(0.0);
    assertThat(values.get(3)).isCloseTo(100.0 / 3, within(1e-9));
    JsonNode first = body.get("aggregates").get(0);
    assertThat(first.get("countriesWithData").asInt()).isEqualTo(3);
    assertThat(first.get("unit").asString()).isEqualTo("PERCENT");
  }

  @Test
  void csvHasTheJsonFieldNamesAsHeader() {
    HttpResponse<String> response = api.get(REMITTANCES + "?area=MEX&format=csv");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(response.body().lines().toList())
        .containsExactly(
            "series,period,sex,age,origin,destination,providerType,policyDomain,value,numerator,"
                + "denominator,unit,aggregationMethod,countriesWithData,countriesInGroup,"
                + "populationShare",
            "17.3.2,2020,,,,,,,4.0,40.0,1000.0,PERCENT_GDP,RATIO_OF_SUMS,1,1,1.0");
  }

  @Test
  void anIndicatorWithoutAnAggregateIsNotAggregable() {
    JsonNode problem = json(api.get("/api/v1/indicators/10.7.1/aggregates?group=M49_013"));
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("type").asString()).endsWith("not-aggregable");
  }

  @Test
  void theCountriesMustBeNamedOnceAsAGroupOrAsCountries() {
    assertProblem(REMITTANCES, 400, "group");
    assertProblem(REMITTANCES + "?group=M49_013&area=MEX", 400, "area");
    assertProblem(REMITTANCES + "?area=WLD", 400, "area");
    assertProblem(REMITTANCES + "?area=ZZZ", 400, "area");
    assertProblem(REMITTANCES + "?group=NOPE", 400, "group");
    assertProblem("/api/v1/indicators/99.9/aggregates?group=WLD", 404, "code");
  }

  private void assertProblem(String path, int status, String parameter) {
    HttpResponse<String> response = api.get(path);
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json(response).get("parameter").asString()).isEqualTo(parameter);
  }

  private static JsonNode only(JsonNode body) {
    assertThat(body.get("aggregates")).hasSize(1);
    return body.get("aggregates").get(0);
  }

  private static GoldRow share(String area, String year, double remittances, double gdp) {
    return GoldRow.of("17.3.2", area, year, remittances / gdp * 100)
        .with("numerator", remittances)
        .with("denominator", gdp);
  }

  private static GoldRow cost(String area, double costs, double services) {
    return GoldRow.of("10.c.1", area, "2020-Q2", costs / services)
        .with("series", "RECEIVING_USD200")
        .with("unit", "PERCENT_AMOUNT")
        .with("numerator", costs)
        .with("denominator", services);
  }

  private static GoldRow deaths(String area, double persons) {
    return GoldRow.of("10.7.3", area, "2020", persons)
        .with("unit", "PERSONS")
        .with("numerator", persons);
  }

  private static GoldRow population(String area, double millions) {
    return GoldRow.of(SilverTables.POPULATION)
        .with("area", area)
        .with("year", 2020)
        .with("persons", millions * 1e6)
        .with("series_code", "SP.POP.TOTL")
        .with("_source_file", "population.csv")
        .with("_source_checksum", "0".repeat(64))
        .with("_source_row", 2L)
        .with("_run_id", "test-run");
  }

  private static GoldRow category(String area, double code) {
    return GoldRow.of("10.7.2", area, "2019", code)
        .with("series", "CATEGORY")
        .with("unit", "CATEGORY_CODE");
  }
}
