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
import org.corridor.warehouse.table.GoldTables;
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
class ProgressApiTest {
  private static final String PROGRESS = "/api/v1/progress";
  private static final String THRESHOLDS =
      "R >= 0.95 on track; 0.60 <= R < 0.95 acceleration needed; 0 <= R < 0.60 limited progress;"
          + " R < 0 deterioration";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  /**
   * SLV's 10.c.1 fell from 5.2 (2015) to 3.9 (2023) towards a target of 3: observed CAGR
   * (3.9/5.2)^(1/8) - 1 = -0.0353, required (3/5.2)^(1/15) - 1 = -0.0360, ratio 0.98, on track.
   */
  @BeforeAll
  static void writeAssessments() {
    GoldTableFixture.in(warehouse, GoldTables.PROGRESS_ASSESSMENT)
        .create(
            List.of(
                GoldRow.progress("10.c.1", "SLV", "OPEN_SDG")
                    .with("baseline_value", 5.2)
                    .with("latest_value", 3.9)
                    .with("target_value", 3.0)
                    .with("observed_cagr", -0.0353)
                    .with("required_cagr", -0.0360)
                    .with("ratio", 0.98)
                    .with("category", "ON_TRACK")
                    .with("thresholds", THRESHOLDS),
                GoldRow.progress("10.c.1", "SLV", "ESCAP")
                    .with("baseline_value", 5.2)
                    .with("latest_value", 3.9)
                    .with("target_value", 3.0)
                    .with("ratio", 0.7)
                    .with("current_status_index", 0.59)
                    .with("projected_value", 3.66)
                    .with("category", "ACCELERATION_NEEDED"),
                GoldRow.progress("17.3.2", "GTM", "OPEN_SDG")
                    .with("latest_period", "2022")
                    .with("observed_cagr", 0.021)
                    .with("category", "ON_TRACK"),
                GoldRow.progress("10.c.1", "WLD", "OPEN_SDG").with("category", "DETERIORATION")));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void servesEveryAssessmentSortedByIndicatorAreaAndMethod() {
    HttpResponse<String> response = api.get(PROGRESS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.headers().firstValue("X-Corridor-Vintage")).hasValue("latest");
    JsonNode body = json(response);
    assertThat(body.get("tableVersion").asLong()).isZero();
    assertThat(body.get("vintage").isNull()).isTrue();
    assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(4);
    assertThat(keys(body))
        .containsExactly(
            "10.c.1 SLV ESCAP",
            "10.c.1 SLV OPEN_SDG",
            "10.c.1 WLD OPEN_SDG",
            "17.3.2 GTM OPEN_SDG");
  }

  @Test
  void anAssessmentCarriesItsValuesGrowthRatesCategoryAndThresholds() {
    JsonNode row =
        json(api.get(PROGRESS + "?indicator=10.c.1&area=SLV&method=OPEN_SDG"))
            .get("assessments")
            .get(0);

    assertThat(row.propertyNames())
        .containsExactly(
            "indicator",
            "series",
            "area",
            "method",
            "baselinePeriod",
            "baselineValue",
            "latestPeriod",
            "latestValue",
            "targetValue",
            "observedCagr",
            "requiredCagr",
            "ratio",
            "currentStatusIndex",
            "projectedValue",
            "category",
            "thresholds");
    assertThat(row.get("baselinePeriod").asString()).isEqualTo("2015");
    assertThat(row.get("baselineValue").asDouble()).isEqualTo(5.2);
    assertThat(row.get("latestPeriod").asString()).isEqualTo("2023");
    assertThat(row.get("latestValue").asDouble()).isEqualTo(3.9);
    assertThat(row.get("targetValue").asDouble()).isEqualTo(3.0);
    assertThat(row.get("observedCagr").asDouble()).isEqualTo(-0.0353);
    assertThat(row.get("requiredCagr").asDouble()).isEqualTo(-0.0360);
    assertThat(row.get("ratio").asDouble()).isEqualTo(0.98);
    assertThat(row.get("currentStatusIndex").isNull()).isTrue();
    assertThat(row.get("category").asString()).isEqualTo("ON_TRACK");
    assertThat(row.get("thresholds").asString()).isEqualTo(THRESHOLDS);
  }

  @Test
  void escapAssessmentsCarryTheStatusIndexAndProjection() {
    JsonNode row = json(api.get(PROGRESS + "?method=ESCAP")).get("assessments").get(0);

    assertThat(row.get("currentStatusIndex").asDouble()).isEqualTo(0.59);
    assertThat(row.get("projectedValue").asDouble()).isEqualTo(3.66);
    assertThat(row.get("ratio").asDouble()).isEqualTo(0.7);
    assertThat(row.get("category").asString()).isEqualTo("ACCELERATION_NEEDED");
  }

  @Test
  void filtersCombineAndTakeRepeatedOrCommaSeparatedValues() {
    assertThat(keys(json(api.get(PROGRESS + "?indicator=10.c.1"))))
        .containsExactly("10.c.1 SLV ESCAP", "10.c.1 SLV OPEN_SDG", "10.c.1 WLD OPEN_SDG");
    assertThat(keys(json(api.get(PROGRESS + "?area=WLD,GTM"))))
        .containsExactly("10.c.1 WLD OPEN_SDG", "17.3.2 GTM OPEN_SDG");
    assertThat(keys(json(api.get(PROGRESS + "?method=OPEN_SDG&area=SLV&area=GTM"))))
        .containsExactly("10.c.1 SLV OPEN_SDG", "17.3.2 GTM OPEN_SDG");
    assertThat(keys(json(api.get(PROGRESS + "?indicator=17.3.2&method=ESCAP")))).isEmpty();
  }

  @Test
  void pagesAreCutFromTheWholeAnswer() {
    JsonNode body = json(api.get(PROGRESS + "?page=1&pageSize=3"));

    assertThat(body.get("page").get("totalPages").asLong()).isEqualTo(2);
    assertThat(keys(body)).containsExactly("17.3.2 GTM OPEN_SDG");
  }

  @Test
  void servesCsvWithTheJsonFieldNamesAsHeader() {
    HttpResponse<String> response = api.get(PROGRESS + "?area=GTM&format=csv");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.body().lines())
        .containsExactly(
            "indicator,series,area,method,baselinePeriod,baselineValue,latestPeriod,latestValue,"
                + "targetValue,observedCagr,requiredCagr,ratio,currentStatusIndex,projectedValue,"
                + "category,thresholds",
            "17.3.2,17.3.2,GTM,OPEN_SDG,2015,1.0,2022,1.0,,0.021,,,,,ON_TRACK,none");
  }

  @Test
  void anUnknownMethodIsRejectedWithTheAllowedOnes() {
    HttpResponse<String> response = api.get(PROGRESS + "?method=OPEN_SDG,UNSD");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json(response);
    assertThat(problem.get("parameter").asString()).isEqualTo("method");
    assertThat(texts(problem.get("allowedValues"))).containsExactly("OPEN_SDG", "ESCAP");
    assertThat(problem.get("detail").asString()).contains("UNSD");
  }

  @Test
  void unknownIndicatorsAreRejectedByName() {
    HttpResponse<String> response = api.get(PROGRESS + "?indicator=10.c.1,99.9.9&indicator=X");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-indicator");
    assertThat(problem.get("parameter").asString()).isEqualTo("indicator");
    assertThat(texts(problem.get("unknownValues"))).containsExactly("99.9.9", "X");
  }

  @Test
  void unknownAreasAreRejectedByName() {
    HttpResponse<String> response = api.get(PROGRESS + "?area=SLV,XXX");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("parameter").asString()).isEqualTo("area");
    assertThat(texts(json(response).get("unknownValues"))).containsExactly("XXX");
  }

  @Test
  void anUnknownVintageIsNotFoundWhenNoneExists() {
    HttpResponse<String> response = api.get(PROGRESS + "?vintage=gfmd-2025");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("parameter").asString()).isEqualTo("vintage");
    assertThat(json(response).get("allowedValues").size()).isZero();
  }

  @Test
  void aMisspeltParameterIsRejected() {
    HttpResponse<String> response = api.get(PROGRESS + "?methods=ESCAP");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("parameter").asString()).isEqualTo("methods");
  }

  @Test
  void theOpenApiDocumentDescribesTheNewEndpointsWithValidJsonExamples() {
    JsonNode paths = json(api.get("/v3/api-docs")).get("paths");

    for (String path :
        List.of(
            "/api/v1/progress",
            "/api/v1/vintages",
            "/api/v1/vintages/{from}/revisions/{to}",
            "/api/v1/corridors/{corridor}")) {
      JsonNode examples =
          paths
              .get(path)
              .get("get")
              .get("responses")
              .get("200")
              .get("content")
              .get("application/json")
              .get("examples");
      examples.forEach(example -> assertThat(example.get("value").isObject()).as(path).isTrue());
    }
    JsonNode observations =
        paths.get("/api/v1/indicators/{code}/observations").get("get").get("parameters");
    List<String> names = new ArrayList<>();
    observations.forEach(parameter -> names.add(parameter.get("name").asString()));
    assertThat(names).contains("vintage", "asOf");
  }

  private static List<String> keys(JsonNode body) {
    List<String> keys = new ArrayList<>();
    for (JsonNode a : body.get("assessments")) {
      keys.add(
          a.get("indicator").asString()
              + " "
              + a.get("area").asString()
              + " "
              + a.get("method").asString());
    }
    return keys;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asString()));
    return texts;
  }
}
