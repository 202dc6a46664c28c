package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.testing.ApiClient;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ObservationApiTest {
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";

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
                GoldRow.of("17.3.2", "SLV", "2004", 18.67)
                    .with("numerator", 2.95e9)
                    .with("denominator", 1.58e10),
                GoldRow.of("17.3.2", "SLV", "2003", 16.05)
                    .with("numerator", 2.32e9)
                    .with("denominator", 1.445e10),
                GoldRow.of("17.3.2", "WLD", "2004", 0.53)
                    .with("area_kind", "AGGREGATE")
                    .with("aggregation_method", "RATIO_OF_SUMS")
                    .with("numerator", 2.2e11)
                    .with("denominator", 4.15e13)
                    .with("countries_with_data", 180)
                    .with("countries_in_group", 217)
                    .with("population_share", 0.97)
                    .with("footnote", "Aggregate of 180 countries, \"ratio of sums\""),
                GoldRow.of("17.3.2", "GTM", "2004", 10.1),
                GoldRow.of("10.c.1", "SLV", "2016-Q4", 6.1)
                    .with("unit", "PERCENT_AMOUNT")
                    .with("provider_type", "BANK")));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void servesAnIndicatorsObservationsSortedByAreaThenPeriodWithTheirValues() {
    HttpResponse<String> response = api.get(OBSERVATIONS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    JsonNode body = json(response);
    assertThat(body.get("indicator").asString()).isEqualTo("17.3.2");
    assertThat(body.get("vintage").isNull()).isTrue();
    assertThat(body.get("tableVersion").asLong()).isZero();
    assertThat(areasAndPeriods(body))
        .containsExactly("GTM 2004", "SLV 2003", "SLV 2004", "WLD 2004");
    JsonNode slv2004 = body.get("observations").get(2);
    assertThat(slv2004.get("value").asDouble()).isEqualTo(18.67);
    assertThat(slv2004.get("numerator").asDouble()).isEqualTo(2.95e9);
    assertThat(slv2004.get("denominator").asDouble()).isEqualTo(1.58e10);
    assertThat(slv2004.get("unit").asString()).isEqualTo("PERCENT_GDP");
    assertThat(slv2004.get("status").asString()).isEqualTo("A");
    assertThat(slv2004.get("nature").asString()).isEqualTo("C");
    assertThat(slv2004.get("areaKind").asString()).isEqualTo("COUNTRY");
    assertThat(slv2004.get("sex").isNull()).isTrue();
    assertThat(slv2004.get("countriesWithData").isNull()).isTrue();
  }

  @Test
  void aggregatesCarryTheirMethodAndCoverage() {
    JsonNode world = json(api.get(OBSERVATIONS + "?area=WLD")).get("observations").get(0);

    assertThat(world.get("areaKind").asString()).isEqualTo("AGGREGATE");
    assertThat(world.get("aggregationMethod").asString()).isEqualTo("RATIO_OF_SUMS");
    assertThat(world.get("value").asDouble()).isEqualTo(0.53);
    assertThat(world.get("countriesWithData").asInt()).isEqualTo(180);
    assertThat(world.get("countriesInGroup").asInt()).isEqualTo(217);
    assertThat(world.get("populationShare").asDouble()).isEqualTo(0.97);
  }

  @Test
  void observationFieldsAreTheCamelCaseColumnsOfTheGoldTable() {
    JsonNode observation = json(api.get(OBSERVATIONS)).get("observations").get(0);

    assertThat(observation.propertyNames())
        .containsExactly(
            "series",
            "area",
            "areaKind",
            "period",
            "sex",
            "age",
            "origin",
            "destination",
            "providerType",
            "policyDomain",
            "value",
            "numerator",
            "denominator",
            "unit",
            "status",
            "nature",
            "aggregationMethod",
            "countriesWithData",
            "countriesInGroup",
            "populationShare",
            "footnote",
            "source");
  }

  @Test
  void keepsOnlyTheAreasAskedForRepeatedOrCommaSeparated() {
    assertThat(areasAndPeriods(json(api.get(OBSERVATIONS + "?area=SLV&area=WLD"))))
        .containsExactly("SLV 2003", "SLV 2004", "WLD 2004");
    assertThat(areasAndPeriods(json(api.get(OBSERVATIONS + "?area=GTM,WLD"))))
        .containsExactly("GTM 2004", "WLD 2004");
  }

  @Test
  void keepsOnlyTheYearsBetweenFromAndToInclusive() {
    assertThat(areasAndPeriods(json(api.get(OBSERVATIONS + "?from=2004&to=2004"))))
        .containsExactly("GTM 2004", "SLV 2004", "WLD 2004");
    assertThat(areasAndPeriods(json(api.get(OBSERVATIONS + "?to=2003"))))
        .containsExactly("SLV 2003");
    assertThat(areasAndPeriods(json(api.get(OBSERVATIONS + "?from=2005")))).isEmpty();
  }

  @Test
  void pagesCountTheWholeAnswer() {
    JsonNode second = json(api.get(OBSERVATIONS + "?pageSize=3&page=1"));

    assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
    assertThat(second.get("page").get("size").asInt()).isEqualTo(3);
    assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(4);
    assertThat(second.get("page").get("totalPages").asLong()).isEqualTo(2);
    assertThat(areasAndPeriods(second)).containsExactly("WLD 2004");
    JsonNode beyond = json(api.get(OBSERVATIONS + "?pageSize=3&page=5"));
    assertThat(areasAndPeriods(beyond)).isEmpty();
    assertThat(beyond.get("page").get("totalElements").asLong()).isEqualTo(4);
  }

  @Test
  void defaultPageHoldsAThousandObservations() {
    JsonNode page = json(api.get(OBSERVATIONS)).get("page");

    assertThat(page.get("number").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(1000);
    assertThat(page.get("totalPages").asLong()).isEqualTo(1);
  }

  @Test
  void servesCsvWithTheJsonFieldNamesAsHeaderAndRfc4180Quoting() {
    HttpResponse<String> response = api.get(OBSERVATIONS, "text/csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.body().split("\r\n", -1))
        .containsExactly(
            "series,area,areaKind,period,sex,age,origin,destination,providerType,policyDomain,"
                + "value,numerator,denominator,unit,status,nature,aggregationMethod,"
                + "countriesWithData,countriesInGroup,populationShare,footnote,source",
            "17.3.2,GTM,COUNTRY,2004,,,,,,,10.1,,,PERCENT_GDP,A,C,NONE,,,,,World Bank WDI",
            "17.3.2,SLV,COUNTRY,2003,,,,,,,16.05,2320000000,14450000000,PERCENT_GDP,A,C,NONE,"
                + ",,,,World Bank WDI",
            "17.3.2,SLV,COUNTRY,2004,,,,,,,18.67,2950000000,15800000000,PERCENT_GDP,A,C,NONE,"
                + ",,,,World Bank WDI",
            "17.3.2,WLD,AGGREGATE,2004,,,,,,,0.53,220000000000,41500000000000,PERCENT_GDP,A,C,"
                + "RATIO_OF_SUMS,180,217,0.97,\"Aggregate of 180 countries, \"\"ratio of sums\"\"\","
                + "World Bank WDI",
            "");
  }

  @Test
  void formatParameterChoosesTheRepresentationOverTheAcceptHeader() {
    HttpResponse<String> csv = api.get(OBSERVATIONS + "?format=csv&area=GTM");
    HttpResponse<String> jsonAnswer = api.get(OBSERVATIONS + "?format=json&area=GTM", "text/csv");

    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.body().split("\r\n"))
        .hasSize(2)
        .endsWith("17.3.2,GTM,COUNTRY,2004,,,,,,,10.1,,,PERCENT_GDP,A,C,NONE,,,,,World Bank WDI");
    assertThat(jsonAnswer.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(areasAndPeriods(json(jsonAnswer))).containsExactly("GTM 2004");
  }

  @Test
  void keepsEachIndicatorsRowsApart() {
    JsonNode body = json(api.get("/api/v1/indicators/10.c.1/observations"));

    assertThat(areasAndPeriods(body)).containsExactly("SLV 2016-Q4");
    JsonNode observation = body.get("observations").get(0);
    assertThat(observation.get("providerType").asString()).isEqualTo("BANK");
    assertThat(observation.get("unit").asString()).isEqualTo("PERCENT_AMOUNT");
  }

  @Test
  void indicatorDeclaredButNotComputedAnswersAnEmptyList() {
    HttpResponse<String> response = api.get("/api/v1/indicators/8.8.1/observations");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("observations").isEmpty()).isTrue();
    assertThat(body.get("page").get("totalElements").asLong()).isZero();
    assertThat(body.get("page").get("totalPages").asLong()).isZero();
  }

  private static List<String> areasAndPeriods(JsonNode body) {
    List<String> keys = new ArrayList<>();
    for (JsonNode observation : body.get("observations")) {
      keys.add(observation.get("area").asString() + " " + observation.get("period").asString());
    }
    return keys;
  }
}
