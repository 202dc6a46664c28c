package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
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

/**
 * Two versions of the observations, each pinned by a vintage: gfmd-2024 pins version 0 (SLV 2003
 * 16.05, SLV 2004 18.67, GTM 2004 10.1), gfmd-2025 version 1, where SLV 2004 was revised to 18.9,
 * SLV 2005 17.83 added and GTM 2004 withdrawn. Version 0 was committed on 2024-01-01, version 1 on
 * 2025-01-01. Only gfmd-2025 pins the progress assessments, created after gfmd-2024.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class VintageApiTest {
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";
  private static final String OBSERVATION_TABLE = "gold.indicator_observation";
  private static final String PROGRESS_TABLE = "gold.progress_assessment";
  private static final Instant FIRST_COMMIT = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant SECOND_COMMIT = Instant.parse("2025-01-01T00:00:00Z");

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeAll
  static void writeTwoVintages() {
    GoldTableFixture observations = GoldTableFixture.in(warehouse);
    long first =
        observations.create(
            List.of(
                GoldRow.of("17.3.2", "SLV", "2003", 16.05),
                GoldRow.of("17.3.2", "SLV", "2004", 18.67),
                GoldRow.of("17.3.2", "GTM", "2004", 10.1)));
    long second =
        observations.replace(
            List.of(
                GoldRow.of("17.3.2", "SLV", "2003", 16.05).with("_run_id", "later-run"),
                GoldRow.of("17.3.2", "SLV", "2004", 18.9),
                GoldRow.of("17.3.2", "SLV", "2005", 17.83)));
    observations.backdate(first, FIRST_COMMIT);
    observations.backdate(second, SECOND_COMMIT);
    long progress =
        GoldTableFixture.in(warehouse, GoldTables.PROGRESS_ASSESSMENT)
            .create(List.of(GoldRow.progress("17.3.2", "SLV", "OPEN_SDG")));
    GoldTableFixture.in(warehouse, GoldTables.VINTAGE)
        .create(
            List.of(
                GoldRow.vintage(
                        "gfmd-2024",
                        OBSERVATION_TABLE,
                        first,
                        Instant.parse("2024-05-02T09:30:00Z"))
                    .with("note", "figures for the 2024 summit"),
                GoldRow.vintage(
                    "gfmd-2025", OBSERVATION_TABLE, second, Instant.parse("2025-05-02T09:30:00Z")),
                GoldRow.vintage(
                    "gfmd-2025", PROGRESS_TABLE, progress, Instant.parse("2025-05-02T09:30:00Z"))));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aVintageAnswersWithTheValuesOfTheVersionItPins() {
    HttpResponse<String> response = api.get(OBSERVATIONS + "?vintage=gfmd-2024");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.headers().firstValue("X-Corridor-Vintage")).hasValue("gfmd-2024");
    JsonNode body = json(response);
    assertThat(body.get("vintage").asString()).isEqualTo("gfmd-2024");
    assertThat(body.get("tableVersion").asLong()).isZero();
    assertThat(values(body)).containsExactly("GTM 2004=10.1", "SLV 2003=16.05", "SLV 2004=18.67");
  }

  @Test
  void withoutAVintageTheLatestValuesAreServed() {
    HttpResponse<String> response = api.get(OBSERVATIONS);

    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("1");
    assertThat(response.headers().firstValue("X-Corridor-Vintage")).hasValue("latest");
    JsonNode body = json(response);
    assertThat(body.get("vintage").isNull()).isTrue();
    assertThat(body.get("asOf").isNull()).isTrue();
    assertThat(values(body)).containsExactly("SLV 2003=16.05", "SLV 2004=18.9", "SLV 2005=17.83");
  }

  @Test
  void theNewerVintageAnswersWithTheNewerVersion() {
    HttpResponse<String> response = api.get(OBSERVATIONS + "?vintage=gfmd-2025&area=SLV");

    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("1");
    assertThat(values(json(response)))
        .containsExactly("SLV 2003=16.05", "SLV 2004=18.9", "SLV 2005=17.83");
  }

  @Test
  void asOfAnInstantBetweenTheCommitsAnswersWithTheFirstVersion() {
    HttpResponse<String> response = api.get(OBSERVATIONS + "?asOf=2024-06-01T00:00:00Z");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.headers().firstValue("X-Corridor-Vintage"))
        .hasValue("2024-06-01T00:00:00Z");
    JsonNode body = json(response);
    assertThat(body.get("asOf").asString()).isEqualTo("2024-06-01T00:00:00Z");
    assertThat(body.get("vintage").isNull()).isTrue();
    assertThat(values(body)).containsExactly("GTM 2004=10.1", "SLV 2003=16.05", "SLV 2004=18.67");
  }

  @Test
  void asOfTheInstantOfACommitIncludesThatCommit() {
    HttpResponse<String> response = api.get(OBSERVATIONS + "?asOf=" + SECOND_COMMIT);

    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("1");
  }

  @Test
  void asOfAnInstantAfterTheLastCommitAnswersWithTheLatestVersion() {
    HttpResponse<String> response = api.get(OBSERVATIONS + "?asOf=2030-01-01T00:00:00Z");

    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("1");
    assertThat(values(json(response)))
        .containsExactly("SLV 2003=16.05", "SLV 2004=18.9", "SLV 2005=17.83");
  }

  @Test
  void asOfAnInstantBeforeTheFirstCommitAnswersWithNoObservations() {
    HttpResponse<String> response = api.get(OBSERVATIONS + "?asOf=2023-01-01T00:00:00Z");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("-1");
    assertThat(json(response).get("observations").size()).isZero();
  }

  @Test
  void aTableTheVintageDoesNotPinHasNoRowsInThatVintage() {
    HttpResponse<String> older = api.get("/api/v1/progress?vintage=gfmd-2024");
    HttpResponse<String> newer = api.get("/api/v1/progress?vintage=gfmd-2025");

    assertThat(older.headers().firstValue("X-Corridor-Table-Version")).hasValue("-1");
    assertThat(older.headers().firstValue("X-Corridor-Vintage")).hasValue("gfmd-2024");
    assertThat(json(older).get("assessments").size()).isZero();
    assertThat(newer.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(json(newer).get("vintage").asString()).isEqualTo("gfmd-2025");
    assertThat(json(newer).get("assessments").get(0).get("area").asString()).isEqualTo("SLV");
  }

  @Test
  void listsEveryVintageOldestFirstWithTheVersionsItPins() {
    JsonNode body = json(api.get("/api/v1/vintages"));

    assertThat(body.get("count").asInt()).isEqualTo(2);
    assertThat(body.get("tableVersion").asLong()).isZero();
    JsonNode older = body.get("vintages").get(0);
    assertThat(older.get("name").asString()).isEqualTo("gfmd-2024");
    assertThat(older.get("createdAt").asString()).isEqualTo("2024-05-02T09:30:00Z");
    assertThat(older.get("note").asString()).isEqualTo("figures for the 2024 summit");
    assertThat(older.get("tables").propertyNames()).containsExactly(OBSERVATION_TABLE);
    assertThat(older.get("tables").get(OBSERVATION_TABLE).asLong()).isZero();
    JsonNode newer = body.get("vintages").get(1);
    assertThat(newer.get("name").asString()).isEqualTo("gfmd-2025");
    assertThat(newer.get("note").isNull()).isTrue();
    assertThat(newer.get("tables").get(OBSERVATION_TABLE).asLong()).isEqualTo(1);
    assertThat(newer.get("tables").get(PROGRESS_TABLE).asLong()).isZero();
  }

  @Test
  void listsVintagesAsCsvOneRowPerPinnedTable() {
    HttpResponse<String> response = api.get("/api/v1/vintages?format=csv");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(response.body().lines())
        .containsExactly(
            "name,createdAt,note,tableName,tableVersion",
            "gfmd-2024,2024-05-02T09:30:00Z,figures for the 2024 summit,"
                + OBSERVATION_TABLE
                + ",0",
            "gfmd-2025,2025-05-02T09:30:00Z,," + OBSERVATION_TABLE + ",1",
            "gfmd-2025,2025-05-02T09:30:00Z,," + PROGRESS_TABLE + ",0");
  }

  @Test
  void revisionsListTheAddedChangedAndWithdrawnObservationsButNotTheRecomputedOne() {
    JsonNode body = json(api.get("/api/v1/vintages/gfmd-2024/revisions/gfmd-2025"));

    assertThat(body.get("from").asString()).isEqualTo("gfmd-2024");
    assertThat(body.get("fromVersion").asLong()).isZero();
    assertThat(body.get("to").asString()).isEqualTo("gfmd-2025");
    assertThat(body.get("toVersion").asLong()).isEqualTo(1);
    assertThat(body.get("added").asInt()).isEqualTo(1);
    assertThat(body.get("changed").asInt()).isEqualTo(1);
    assertThat(body.get("withdrawn").asInt()).isEqualTo(1);
    assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(3);
    assertThat(revisions(body))
        .containsExactly(
            "ADDED 17.3.2 SLV 2005 null->17.83",
            "CHANGED 17.3.2 SLV 2004 18.67->18.9",
            "WITHDRAWN 17.3.2 GTM 2004 10.1->null");
    assertThat(body.get("revisions").get(0).propertyNames())
        .containsExactly(
            "change",
            "indicator",
            "series",
            "area",
            "period",
            "sex",
            "age",
            "origin",
            "destination",
            "providerType",
            "policyDomain",
            "oldValue",
            "newValue");
  }

  @Test
  void revisionsTheOtherWayRoundSwapAddedAndWithdrawn() {
    JsonNode body = json(api.get("/api/v1/vintages/gfmd-2025/revisions/gfmd-2024"));

    assertThat(revisions(body))
        .containsExactly(
            "ADDED 17.3.2 GTM 2004 null->10.1",
            "CHANGED 17.3.2 SLV 2004 18.9->18.67",
            "WITHDRAWN 17.3.2 SLV 2005 17.83->null");
  }

  @Test
  void revisionsArePagedWithTheCountsOfTheWholeComparison() {
    JsonNode body =
        json(api.get("/api/v1/vintages/gfmd-2024/revisions/gfmd-2025?page=1&pageSize=1"));

    assertThat(body.get("added").asInt()).isEqualTo(1);
    assertThat(body.get("page").get("totalPages").asLong()).isEqualTo(3);
    assertThat(revisions(body)).containsExactly("CHANGED 17.3.2 SLV 2004 18.67->18.9");
  }

  @Test
  void aVintageComparedWithItselfHasNoRevisions() {
    JsonNode body = json(api.get("/api/v1/vintages/gfmd-2025/revisions/gfmd-2025"));

    assertThat(body.get("page").get("totalElements").asLong()).isZero();
    assertThat(body.get("revisions").size()).isZero();
  }

  @Test
  void revisionsAsCsv() {
    HttpResponse<String> response =
        api.get("/api/v1/vintages/gfmd-2024/revisions/gfmd-2025", "text/csv");

    assertThat(response.body().lines())
        .containsExactly(
            "change,indicator,series,area,period,sex,age,origin,destination,providerType,"
                + "policyDomain,oldValue,newValue",
            "ADDED,17.3.2,17.3.2,SLV,2005,,,,,,,,17.83",
            "CHANGED,17.3.2,17.3.2,SLV,2004,,,,,,,18.67,18.9",
            "WITHDRAWN,17.3.2,17.3.2,GTM,2004,,,,,,,10.1,");
  }

  @Test
  void anUnknownVintageIsNotFoundAndTheKnownOnesAreListed() {
    HttpResponse<String> response = api.get(OBSERVATIONS + "?vintage=gfmd-2030");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-vintage");
    assertThat(problem.get("parameter").asString()).isEqualTo("vintage");
    assertThat(texts(problem.get("allowedValues"))).containsExactly("gfmd-2024", "gfmd-2025");
  }

  @Test
  void anUnknownVintageOfARevisionNamesWhichSideIsUnknown() {
    JsonNode from = json(api.get("/api/v1/vintages/gfmd-2030/revisions/gfmd-2025"));
    HttpResponse<String> to = api.get("/api/v1/vintages/gfmd-2024/revisions/gfmd-2030");

    assertThat(from.get("parameter").asString()).isEqualTo("from");
    assertThat(to.statusCode()).isEqualTo(404);
    assertThat(json(to).get("parameter").asString()).isEqualTo("to");
    assertThat(texts(json(to).get("allowedValues"))).containsExactly("gfmd-2024", "gfmd-2025");
  }

  @Test
  void aVintageAndAnInstantTogetherAreRejected() {
    HttpResponse<String> response =
        api.get(OBSERVATIONS + "?vintage=gfmd-2024&asOf=2024-06-01T00:00:00Z");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("type").asString())
        .isEqualTo("urn:corridor:problem:conflicting-parameters");
    assertThat(json(response).get("parameter").asString()).isEqualTo("asOf");
  }

  @Test
  void anInstantThatIsNotIso8601IsRejected() {
    HttpResponse<String> response = api.get("/api/v1/progress?asOf=yesterday");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("parameter").asString()).isEqualTo("asOf");
    assertThat(json(response).get("expected").asString()).contains("ISO-8601");
  }

  @Test
  void revisionPagingOutOfRangeIsRejected() {
    HttpResponse<String> response =
        api.get("/api/v1/vintages/gfmd-2024/revisions/gfmd-2025?pageSize=0");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("parameter").asString()).isEqualTo("pageSize");
  }

  private static List<String> values(JsonNode body) {
    List<String> values = new ArrayList<>();
    for (JsonNode o : body.get("observations")) {
      values.add(
          o.get("area").asString() + " " + o.get("period").asString() + "=" + o.get("value"));
    }
    return values;
  }

  private static List<String> revisions(JsonNode body) {
    List<String> revisions = new ArrayList<>();
    for (JsonNode r : body.get("revisions")) {
      revisions.add(
          r.get("change").asString()
              + " "
              + r.get("indicator").asString()
              + " "
              + r.get("area").asString()
              + " "
              + r.get("period").asString()
              + " "
              + r.get("oldValue")
              + "->"
              + r.get("newValue"));
    }
    return revisions;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asString()));
    return texts;
  }
}
