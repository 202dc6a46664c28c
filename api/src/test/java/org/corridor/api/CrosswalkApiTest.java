package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.corridor.api.testing.ApiClient;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.reference.GcmObjectives;
import org.corridor.warehouse.reference.GfmdAgenda;
import org.corridor.warehouse.reference.SdgFramework;
import org.corridor.warehouse.reference.SdgTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The crosswalk from SDG targets, GCM objectives and GFMD roundtables to the catalogue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class CrosswalkApiTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load();

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
  void sdgTargetAnswersItsTitleAndEveryIndicatorTaggedWithIt() {
    JsonNode body = ok(api.get("/api/v1/sdg/targets/10.c/indicators"));

    List<String> expected = codes(i -> i.sdgTargets().contains("10.c"));
    JsonNode target = body.get("target");
    assertThat(target.get("code").asString()).isEqualTo("10.c");
    assertThat(target.get("goal").asInt()).isEqualTo(10);
    assertThat(target.get("title").asString())
        .isEqualTo(SdgFramework.load().target("10.c").orElseThrow().title())
        .startsWith("By 2030, reduce to less than 3 per cent");
    assertThat(target.get("indicatorCount").asInt()).isEqualTo(expected.size());
    assertThat(indicatorCodes(body))
        .containsExactlyElementsOf(expected)
        .contains("10.c.1", "10.c.1.SMART")
        .doesNotContain("17.3.2");
  }

  @Test
  void crosswalkIndicatorsAreTheCatalogueEntriesUnchanged() {
    JsonNode body = ok(api.get("/api/v1/sdg/targets/17.3/indicators"));

    JsonNode entry =
        body.get("indicators").values().stream()
            .filter(i -> i.get("code").asString().equals("17.3.2"))
            .findFirst()
            .orElseThrow();
    assertThat(entry).isEqualTo(ok(api.get("/api/v1/indicators/17.3.2")));
  }

  @Test
  void sdgTargetListCountsEachTargetsIndicatorsInTheReferenceListOrder() {
    JsonNode targets = ok(api.get("/api/v1/sdg/targets")).get("targets");

    List<SdgTarget> reference = SdgFramework.load().targets();
    assertThat(targets.values().stream().map(t -> t.get("code").asString()))
        .containsExactlyElementsOf(reference.stream().map(SdgTarget::code).toList());
    for (JsonNode target : targets) {
      String code = target.get("code").asString();
      assertThat(target.get("indicatorCount").asInt())
          .as(code)
          .isEqualTo(codes(i -> i.sdgTargets().contains(code)).size());
    }
    JsonNode unused =
        targets.values().stream()
            .filter(t -> t.get("code").asString().equals("16.9"))
            .findFirst()
            .orElseThrow();
    assertThat(unused.get("indicatorCount").asInt()).isZero();
  }

  @Test
  void sdgTargetListIsServedAsCsvWithTheJsonFieldNames() {
    HttpResponse<String> response = api.get("/api/v1/sdg/targets", "text/csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    String[] lines = response.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("code,goal,title,indicatorCount");
    assertThat(lines).hasSize(1 + SdgFramework.load().targets().size());
    String title = SdgFramework.load().target("17.3").orElseThrow().title();
    assertThat(lines)
        .contains(
            "17.3,17,"
                + (title.contains(",") ? "\"" + title + "\"" : title)
                + ","
                + codes(i -> i.sdgTargets().contains("17.3")).size());
  }

  @Test
  void gcmObjectiveTwentyListsTheRemittanceIndicators() {
    JsonNode body = ok(api.get("/api/v1/gcm/objectives/20/indicators"));

    JsonNode objective = body.get("objective");
    assertThat(objective.get("number").asInt()).isEqualTo(20);
    assertThat(objective.get("shortLabel").asString())
        .isEqualTo(GcmObjectives.load().objective(20).orElseThrow().shortLabel());
    assertThat(objective.get("title").asString()).startsWith("Promote faster, safer and cheaper");
    List<String> expected = codes(i -> i.gcmObjectives().contains(20));
    assertThat(objective.get("indicatorCount").asInt()).isEqualTo(expected.size());
    assertThat(indicatorCodes(body))
        .containsExactlyElementsOf(expected)
        .contains("10.c.1", "17.3.2")
        .doesNotContain("10.7.1");
  }

  @Test
  void gcmObjectiveListHasTheTwentyThreeObjectivesWithTheirCounts() {
    JsonNode objectives = ok(api.get("/api/v1/gcm/objectives")).get("objectives");

    assertThat(objectives.size()).isEqualTo(23);
    for (int number = 1; number <= 23; number++) {
      JsonNode objective = objectives.get(number - 1);
      int n = number;
      assertThat(objective.get("number").asInt()).isEqualTo(number);
      assertThat(objective.get("indicatorCount").asInt())
          .as("objective %d", number)
          .isEqualTo(codes(i -> i.gcmObjectives().contains(n)).size());
    }
    HttpResponse<String> csv = api.get("/api/v1/gcm/objectives?format=csv");
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.body().split("\r\n"))
        .hasSize(24)
        .startsWith("number,shortLabel,title,indicatorCount");
  }

  @Test
  void roundtableListsTheIndicatorsOfItsSubThemesToo() {
    JsonNode body = ok(api.get("/api/v1/gfmd/roundtables/RT2/indicators"));

    List<String> expected =
        codes(i -> i.gfmdRoundtables().stream().anyMatch(tag -> tag.matches("RT2[a-z]?")));
    JsonNode roundtable = body.get("roundtable");
    assertThat(roundtable.get("kind").asString()).isEqualTo("ROUNDTABLE");
    assertThat(roundtable.get("theme").asString()).isEqualTo("T1");
    assertThat(roundtable.get("roundtable").isNull()).isTrue();
    assertThat(roundtable.get("title").asString())
        .isEqualTo(GfmdAgenda.load().roundtable("RT2").orElseThrow().title());
    assertThat(roundtable.get("indicatorCount").asInt()).isEqualTo(expected.size());
    assertThat(indicatorCodes(body))
        .containsExactlyElementsOf(expected)
        .contains("17.3.2", "10.c.1", "10.c.1.SMART", "GCM19.REMITTANCES_PER_MIGRANT")
        .doesNotContain("10.7.1");
  }

  @Test
  void subThemeListsOnlyTheIndicatorsTaggedWithIt() {
    JsonNode body = ok(api.get("/api/v1/gfmd/roundtables/RT2a/indicators"));

    JsonNode subTheme = body.get("roundtable");
    assertThat(subTheme.get("code").asString()).isEqualTo("RT2a");
    assertThat(subTheme.get("kind").asString()).isEqualTo("SUB_THEME");
    assertThat(subTheme.get("title").asString()).isEqualTo("Improving Remittance Services");
    assertThat(subTheme.get("theme").asString()).isEqualTo("T1");
    assertThat(subTheme.get("roundtable").asString()).isEqualTo("RT2");
    assertThat(indicatorCodes(body))
        .containsExactlyElementsOf(codes(i -> i.gfmdRoundtables().contains("RT2a")))
        .contains("10.c.1", "10.c.1.SMART")
        .doesNotContain("17.3.2");
  }

  @Test
  void roundtableListPutsEachRoundtableBeforeItsSubThemes() {
    JsonNode entries = ok(api.get("/api/v1/gfmd/roundtables")).get("roundtables");

    GfmdAgenda agenda = GfmdAgenda.load();
    assertThat(entries.size()).isEqualTo(agenda.roundtables().size() + agenda.subThemes().size());
    assertThat(entries.values().stream().map(e -> e.get("code").asString()).limit(10))
        .containsExactly(
            "RT1", "RT1a", "RT1b", "RT1c", "RT1d", "RT1e", "RT1f", "RT1g", "RT1h", "RT2");
    for (JsonNode entry : entries) {
      String code = entry.get("code").asString();
      Predicate<String> listed =
          entry.get("kind").asString().equals("ROUNDTABLE")
              ? tag -> tag.matches(code + "[a-z]?")
              : code::equals;
      assertThat(entry.get("indicatorCount").asInt())
          .as(code)
          .isEqualTo(codes(i -> i.gfmdRoundtables().stream().anyMatch(listed)).size());
    }
    HttpResponse<String> csv = api.get("/api/v1/gfmd/roundtables", "text/csv");
    assertThat(csv.body().split("\r\n"))
        .contains(
            "RT2a,SUB_THEME,Improving Remittance Services,T1,RT2,"
                + codes(i -> i.gfmdRoundtables().contains("RT2a")).size());
  }

  @Test
  void malformedSdgTargetIsABadRequestSayingTheForm() {
    JsonNode problem = problem(api.get("/api/v1/sdg/targets/10-c/indicators"), 400);

    assertThat(problem.get("type").asString())
        .isEqualTo("urn:corridor:problem:malformed-parameter");
    assertThat(problem.get("parameter").asString()).isEqualTo("target");
    assertThat(problem.get("expected").asString()).contains("e.g. 10.c");
  }

  @Test
  void unknownSdgTargetIsNotFoundListingTheKnownTargets() {
    JsonNode problem = problem(api.get("/api/v1/sdg/targets/1.1/indicators"), 404);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-sdg-target");
    assertThat(problem.get("parameter").asString()).isEqualTo("target");
    assertThat(problem.get("detail").asString()).contains("'1.1'");
    assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactlyElementsOf(
            SdgFramework.load().targets().stream().map(SdgTarget::code).toList());
  }

  @Test
  void gcmObjectiveThatIsNotANumberIsABadRequestGivingTheRange() {
    JsonNode problem = problem(api.get("/api/v1/gcm/objectives/abc/indicators"), 400);

    assertThat(problem.get("type").asString())
        .isEqualTo("urn:corridor:problem:malformed-parameter");
    assertThat(problem.get("parameter").asString()).isEqualTo("objective");
    assertThat(problem.get("expected").asString()).isEqualTo("an integer from 1 to 23");
    assertThat(problem.get("detail").asString()).contains("'abc'");
  }

  @Test
  void gcmObjectiveOutsideOneToTwentyThreeIsABadRequestGivingTheRange() {
    JsonNode high = problem(api.get("/api/v1/gcm/objectives/99/indicators"), 400);
    JsonNode zero = problem(api.get("/api/v1/gcm/objectives/0/indicators"), 400);

    assertThat(high.get("type").asString()).isEqualTo("urn:corridor:problem:out-of-range");
    assertThat(high.get("parameter").asString()).isEqualTo("objective");
    assertThat(high.get("detail").asString())
        .isEqualTo("objective is 99; it must be between 1 and 23.");
    assertThat(high.get("expected").asString()).isEqualTo("an integer from 1 to 23");
    assertThat(zero.get("parameter").asString()).isEqualTo("objective");
  }

  @Test
  void unknownRoundtableIsNotFoundListingTheCodes() {
    JsonNode problem = problem(api.get("/api/v1/gfmd/roundtables/RT9/indicators"), 404);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-roundtable");
    assertThat(problem.get("parameter").asString()).isEqualTo("roundtable");
    GfmdAgenda agenda = GfmdAgenda.load();
    assertThat(problem.get("allowedValues").size())
        .isEqualTo(agenda.roundtables().size() + agenda.subThemes().size());
    assertThat(problem.get("allowedValues").get(0).asString()).isEqualTo("RT1");
  }

  @Test
  void malformedRoundtableIsABadRequest() {
    JsonNode problem = problem(api.get("/api/v1/gfmd/roundtables/roundtable2/indicators"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("roundtable");
    assertThat(problem.get("expected").asString()).contains("RT2", "RT2a");
  }

  @Test
  void listEndpointsRejectAnUnknownFormatAndTheDetailEndpointsTakeNoParameter() {
    JsonNode format = problem(api.get("/api/v1/gfmd/roundtables?format=xml"), 400);
    JsonNode undeclared = problem(api.get("/api/v1/sdg/targets/10.c/indicators?format=csv"), 400);

    assertThat(format.get("parameter").asString()).isEqualTo("format");
    assertThat(format.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly("csv", "json");
    assertThat(undeclared.get("parameter").asString()).isEqualTo("format");
    assertThat(undeclared.get("allowedValues").isEmpty()).isTrue();
  }

  @Test
  void detailEndpointsServeOnlyJson() {
    JsonNode problem = problem(api.get("/api/v1/sdg/targets/10.c/indicators", "text/csv"), 406);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:not-acceptable");
    assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly("application/json");
  }

  @Test
  void openApiDocumentDescribesTheCrosswalk() {
    JsonNode paths = ok(api.get("/v3/api-docs")).get("paths");

    assertThat(paths.propertyNames())
        .contains(
            "/api/v1/sdg/targets",
            "/api/v1/sdg/targets/{target}/indicators",
            "/api/v1/gcm/objectives",
            "/api/v1/gcm/objectives/{objective}/indicators",
            "/api/v1/gfmd/roundtables",
            "/api/v1/gfmd/roundtables/{roundtable}/indicators");
    JsonNode target = paths.get("/api/v1/sdg/targets/{target}/indicators").get("get");
    assertThat(target.get("responses").propertyNames()).contains("200", "400", "404");
  }

  private static List<String> codes(Predicate<Indicator> serves) {
    return CATALOGUE.all().stream().filter(serves).map(Indicator::code).toList();
  }

  private static List<String> indicatorCodes(JsonNode body) {
    return body.get("indicators").values().stream().map(i -> i.get("code").asString()).toList();
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return json(response);
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return json(response);
  }
}
