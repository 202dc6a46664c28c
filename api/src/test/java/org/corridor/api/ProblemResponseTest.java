package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.corridor.api.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Every client error is an RFC 9457 problem naming the parameter at fault. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ProblemResponseTest {
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void unknownIndicatorIsNotFoundNamingTheCode() {
    JsonNode problem = problem(api.get("/api/v1/indicators/99.9.9/observations"), 404);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-indicator");
    assertThat(problem.get("title").asString()).isEqualTo("Unknown indicator");
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("detail").asString()).contains("'99.9.9'");
    assertThat(problem.get("parameter").asString()).isEqualTo("code");
    assertThat(problem.get("instance").asString())
        .isEqualTo("/api/v1/indicators/99.9.9/observations");
  }

  @Test
  void unknownIndicatorInTheCatalogueIsNotFound() {
    JsonNode problem = problem(api.get("/api/v1/indicators/99.9.9"), 404);

    assertThat(problem.get("parameter").asString()).isEqualTo("code");
  }

  @Test
  void unknownAreaIsABadRequestNamingTheCode() {
    JsonNode problem = problem(api.get(OBSERVATIONS + "?area=SLV,XXX"), 400);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-area");
    assertThat(problem.get("parameter").asString()).isEqualTo("area");
    assertThat(problem.get("detail").asString()).contains("XXX").doesNotContain("SLV,");
    assertThat(problem.get("unknownValues").get(0).asString()).isEqualTo("XXX");
    assertThat(problem.get("unknownValues").size()).isEqualTo(1);
  }

  @Test
  void aggregateOfAnIndicatorWithoutAggregatesIsABadRequestNotANumber() {
    JsonNode problem =
        problem(api.get("/api/v1/indicators/10.7.1/observations?area=NPL,WLD,SDG_202"), 400);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:not-aggregable");
    assertThat(problem.get("parameter").asString()).isEqualTo("area");
    assertThat(problem.get("detail").asString()).startsWith("10.7.1 has no value for WLD, SDG_202");
    assertThat(problem.get("notAggregable").size()).isEqualTo(2);
    assertThat(api.get("/api/v1/indicators/10.7.1/observations?area=NPL").statusCode())
        .isEqualTo(200);
  }

  @Test
  void yearThatIsNotFourDigitsIsABadRequest() {
    JsonNode from = problem(api.get(OBSERVATIONS + "?from=20x4"), 400);
    JsonNode to = problem(api.get(OBSERVATIONS + "?to=95"), 400);

    assertThat(from.get("parameter").asString()).isEqualTo("from");
    assertThat(from.get("expected").asString()).isEqualTo("a four-digit year, e.g. 2015");
    assertThat(from.get("detail").asString()).contains("'20x4'");
    assertThat(to.get("parameter").asString()).isEqualTo("to");
  }

  @Test
  void fromAfterToIsABadRequest() {
    JsonNode problem = problem(api.get(OBSERVATIONS + "?from=2020&to=2010"), 400);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:reversed-years");
    assertThat(problem.get("parameter").asString()).isEqualTo("from");
    assertThat(problem.get("detail").asString())
        .isEqualTo("from (2020) is after to (2010); give from <= to.");
  }

  @Test
  void undeclaredQueryParameterIsABadRequestListingTheDeclaredOnes() {
    JsonNode problem = problem(api.get(OBSERVATIONS + "?aera=SLV"), 400);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-parameter");
    assertThat(problem.get("parameter").asString()).isEqualTo("aera");
    assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly(
            "area",
            "from",
            "to",
            "series",
            "sex",
            "age",
            "origin",
            "destination",
            "providerType",
            "policyDomain",
            "latest",
            "sort",
            "vintage",
            "asOf",
            "page",
            "pageSize",
            "format");
  }

  @Test
  void catalogueTakesNoQueryParameter() {
    JsonNode problem = problem(api.get("/api/v1/indicators?format=csv"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("format");
    assertThat(problem.get("allowedValues").isEmpty()).isTrue();
  }

  @Test
  void pageAndPageSizeOutOfRangeAreBadRequests() {
    assertThat(problem(api.get(OBSERVATIONS + "?pageSize=0"), 400).get("parameter").asString())
        .isEqualTo("pageSize");
    assertThat(problem(api.get(OBSERVATIONS + "?pageSize=10001"), 400).get("expected").asString())
        .isEqualTo("an integer from 1 to 10000");
    assertThat(problem(api.get(OBSERVATIONS + "?page=-1"), 400).get("parameter").asString())
        .isEqualTo("page");
  }

  @Test
  void nonNumericPageIsABadRequestNamingTheParameter() {
    JsonNode problem = problem(api.get(OBSERVATIONS + "?page=first"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("page");
    assertThat(problem.get("expected").asString()).isEqualTo("an integer");
  }

  @Test
  void unsupportedFormatIsABadRequestListingTheFormats() {
    JsonNode problem = problem(api.get(OBSERVATIONS + "?format=xml"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("format");
    assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly("arrow", "csv", "json");
  }

  @Test
  void unservableAcceptHeaderIsNotAcceptableListingTheMediaTypes() {
    JsonNode problem = problem(api.get(OBSERVATIONS, "application/xml"), 406);

    assertThat(problem.get("header").asString()).isEqualTo("Accept");
    assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly("application/json", "text/csv", "application/vnd.apache.arrow.stream");
  }

  @Test
  void unknownPathIsAProblemWithoutStackTrace() {
    HttpResponse<String> response = api.get("/api/v1/nothing-here");

    problem(response, 404);
    assertThat(response.body()).doesNotContain("trace").doesNotContain("at org.");
  }

  @Test
  void missingTableAnswersVersionMinusOneAndNoObservations() {
    HttpResponse<String> response = api.get(OBSERVATIONS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("-1");
    assertThat(json(response).get("tableVersion").asLong()).isEqualTo(-1);
    assertThat(json(response).get("observations").isEmpty()).isTrue();
  }

  @Test
  void aPathTheServerRefusesBeforeTheApiSeesItIsAProblemToo() {
    for (String encoded : List.of("%2F", "%5C", "%00")) {
      HttpResponse<String> response =
          api.get("/api/v1/indicators/17" + encoded + "3.2/observations");

      assertThat(response.statusCode()).as(encoded).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      JsonNode problem = json(response);
      assertThat(problem.get("type").asString())
          .isEqualTo("urn:corridor:problem:unreadable-request");
      assertThat(problem.get("status").asInt()).isEqualTo(400);
    }
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return json(response);
  }
}
