package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.api.testing.ApiClient;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.area.GroupKind;
import org.corridor.warehouse.reference.Rcp;
import org.corridor.warehouse.reference.Rcps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Countries, aggregates and memberships as the warehouse's code lists define them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AreaApiTest {
  private static final Areas AREAS = Areas.load();

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
  void listsEveryCountryThenEveryAggregateOfTheCodeLists() {
    JsonNode body = ok(api.get("/api/v1/areas"));

    int countries = AREAS.countries().size();
    int aggregates = AREAS.groups().size();
    assertThat(body.get("count").asInt()).isEqualTo(countries + aggregates);
    List<String> expected =
        Stream.concat(
                AREAS.countries().stream().map(Area::iso3),
                AREAS.groups().stream().map(AreaGroup::code))
            .toList();
    assertThat(codes(body.get("areas"))).containsExactlyElementsOf(expected);
  }

  @Test
  void kindKeepsOnlyCountriesOrOnlyAggregates() {
    JsonNode countries = ok(api.get("/api/v1/areas?kind=COUNTRY"));
    JsonNode aggregates = ok(api.get("/api/v1/areas?kind=AGGREGATE"));

    assertThat(countries.get("count").asInt()).isEqualTo(AREAS.countries().size());
    assertThat(codes(countries.get("areas")))
        .containsExactlyElementsOf(AREAS.countries().stream().map(Area::iso3).toList());
    assertThat(aggregates.get("count").asInt()).isEqualTo(AREAS.groups().size());
    assertThat(codes(aggregates.get("areas")))
        .containsExactlyElementsOf(AREAS.groups().stream().map(AreaGroup::code).toList());
    assertThat(countries.get("areas").values().stream().map(a -> a.get("kind").asString()))
        .containsOnly("COUNTRY");
    assertThat(aggregates.get("areas").values().stream().map(a -> a.get("kind").asString()))
        .containsOnly("AGGREGATE");
  }

  @Test
  void groupKindKeepsTheAggregatesOfThatKindWithTheirMemberCounts() {
    JsonNode rcps = ok(api.get("/api/v1/areas?groupKind=RCP")).get("areas");
    JsonNode sdgRegions = ok(api.get("/api/v1/areas?kind=AGGREGATE&groupKind=SDG_REGION"));

    List<Rcp> reference = Rcps.load().all();
    assertThat(codes(rcps))
        .containsExactlyElementsOf(reference.stream().map(Rcp::areaCode).toList());
    for (int i = 0; i < reference.size(); i++) {
      assertThat(rcps.get(i).get("groupKind").asString()).isEqualTo("RCP");
      assertThat(rcps.get(i).get("memberCount").asInt())
          .isEqualTo(reference.get(i).members().size());
    }
    assertThat(codes(sdgRegions.get("areas")))
        .containsExactlyElementsOf(
            AREAS.groups(GroupKind.SDG_REGION).stream().map(AreaGroup::code).toList())
        .contains("SDG_419", "SDG_202");
  }

  @Test
  void countryEntryCarriesItsCodesAndTheGroupsItBelongsTo() {
    JsonNode body = ok(api.get("/api/v1/areas/SLV"));

    JsonNode area = body.get("area");
    assertThat(area.get("code").asString()).isEqualTo("SLV");
    assertThat(area.get("name").asString()).isEqualTo("El Salvador");
    assertThat(area.get("kind").asString()).isEqualTo("COUNTRY");
    assertThat(area.get("groupKind").isNull()).isTrue();
    assertThat(area.get("iso2").asString()).isEqualTo("SV");
    assertThat(area.get("m49").asString()).isEqualTo("222");
    assertThat(area.get("memberCount").isNull()).isTrue();
    List<String> groupsOfSlv =
        AREAS.groups().stream()
            .filter(g -> g.members().contains("SLV"))
            .map(AreaGroup::code)
            .toList();
    assertThat(area.get("groups").values().stream().map(JsonNode::asString))
        .containsExactlyElementsOf(groupsOfSlv)
        .contains("WLD", "M49_019", "M49_419", "M49_013", "SDG_419", "UMC");
    JsonNode memberships = body.get("memberships");
    assertThat(codes(memberships)).containsExactlyElementsOf(groupsOfSlv);
    JsonNode centralAmerica = memberships.get(groupsOfSlv.indexOf("M49_013"));
    assertThat(centralAmerica.get("name").asString()).isEqualTo("Central America");
    assertThat(centralAmerica.get("groupKind").asString()).isEqualTo("M49_INTERMEDIATE_REGION");
    JsonNode sdgRegion = memberships.get(groupsOfSlv.indexOf("SDG_419"));
    assertThat(sdgRegion.get("groupKind").asString()).isEqualTo("SDG_REGION");
  }

  @Test
  void aggregateEntryCountsItsMembersAndBelongsToNoGroup() {
    JsonNode body = ok(api.get("/api/v1/areas/SDG_419"));

    JsonNode area = body.get("area");
    long latinAmerica =
        AREAS.countries().stream()
            .filter(c -> c.sdgRegion().filter("SDG_419"::equals).isPresent())
            .count();
    assertThat(area.get("kind").asString()).isEqualTo("AGGREGATE");
    assertThat(area.get("groupKind").asString()).isEqualTo("SDG_REGION");
    assertThat(area.get("m49").asString()).isEqualTo("419");
    assertThat(area.get("iso2").isNull()).isTrue();
    assertThat(area.get("memberCount").asLong()).isEqualTo(latinAmerica);
    assertThat(area.get("groups").isEmpty()).isTrue();
    assertThat(body.get("memberships").isEmpty()).isTrue();
  }

  @Test
  void colomboProcessMembersAreTheCountriesOfTheRcpList() {
    JsonNode body = ok(api.get("/api/v1/groups/RCP_COLOMBO/members"));

    List<String> members = Rcps.load().find("COLOMBO").orElseThrow().members();
    assertThat(members)
        .containsExactly(
            "AFG", "BGD", "CHN", "IDN", "IND", "KHM", "LKA", "NPL", "PAK", "PHL", "THA", "VNM");
    assertThat(body.get("group").get("code").asString()).isEqualTo("RCP_COLOMBO");
    assertThat(body.get("group").get("groupKind").asString()).isEqualTo("RCP");
    assertThat(body.get("group").get("memberCount").asInt()).isEqualTo(12);
    assertThat(body.get("count").asInt()).isEqualTo(12);
    assertThat(codes(body.get("members"))).containsExactlyElementsOf(members);
    JsonNode nepal = body.get("members").get(members.indexOf("NPL"));
    assertThat(nepal.get("name").asString()).isEqualTo("Nepal");
    assertThat(nepal.get("iso2").asString()).isEqualTo("NP");
    assertThat(nepal.get("groups").values().stream().map(JsonNode::asString))
        .contains("RCP_COLOMBO", "SDG_062");
  }

  @Test
  void areaListIsServedAsCsvWithGroupsSeparatedBySemicolons() {
    HttpResponse<String> response = api.get("/api/v1/areas?kind=COUNTRY", "text/csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    String[] lines = response.body().split("\r\n");
    assertThat(lines).hasSize(1 + AREAS.countries().size());
    assertThat(lines[0]).isEqualTo("code,name,kind,groupKind,iso2,m49,memberCount,groups");
    String groupsOfSlv =
        String.join(
            ";",
            AREAS.groups().stream()
                .filter(g -> g.members().contains("SLV"))
                .map(AreaGroup::code)
                .toList());
    assertThat(lines).contains("SLV,El Salvador,COUNTRY,,SV,222,," + groupsOfSlv);
  }

  @Test
  void groupMembersAreServedAsCsvWithTheAreaListColumns() {
    HttpResponse<String> response = api.get("/api/v1/groups/RCP_COLOMBO/members?format=csv");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    String[] lines = response.body().split("\r\n");
    assertThat(lines).hasSize(13);
    assertThat(lines[0]).isEqualTo("code,name,kind,groupKind,iso2,m49,memberCount,groups");
    assertThat(lines[1]).startsWith("AFG,Afghanistan,COUNTRY,,AF,004,,WLD;");
    assertThat(lines[12]).startsWith("VNM,").contains("RCP_COLOMBO");
  }

  @Test
  void kindOutsideTheAllowedValuesIsABadRequestListingThem() {
    JsonNode problem = problem(api.get("/api/v1/areas?kind=country"), 400);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unsupported-value");
    assertThat(problem.get("parameter").asString()).isEqualTo("kind");
    assertThat(problem.get("detail").asString()).contains("'country'");
    assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly("COUNTRY", "AGGREGATE");
  }

  @Test
  void groupKindOutsideTheAllowedValuesIsABadRequestListingThem() {
    JsonNode problem = problem(api.get("/api/v1/areas?groupKind=REGION"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("groupKind");
    assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly(
            "WORLD",
            "M49_REGION",
            "M49_SUB_REGION",
            "M49_INTERMEDIATE_REGION",
            "SDG_REGION",
            "INCOME_GROUP",
            "OACPS",
            "RCP");
  }

  @Test
  void groupKindWithKindCountryIsABadRequestRatherThanAnEmptyList() {
    JsonNode problem = problem(api.get("/api/v1/areas?kind=COUNTRY&groupKind=RCP"), 400);

    assertThat(problem.get("type").asString())
        .isEqualTo("urn:corridor:problem:conflicting-parameters");
    assertThat(problem.get("parameter").asString()).isEqualTo("groupKind");
    assertThat(problem.get("detail").asString()).contains("/api/v1/groups/{code}/members");
  }

  @Test
  void unknownAreaIsNotFoundNamingTheCode() {
    JsonNode problem = problem(api.get("/api/v1/areas/XXX"), 404);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-area");
    assertThat(problem.get("parameter").asString()).isEqualTo("code");
    assertThat(problem.get("detail").asString()).contains("'XXX'");
    assertThat(problem(api.get("/api/v1/areas/slv"), 404).get("parameter").asString())
        .isEqualTo("code");
  }

  @Test
  void membersOfAnUnknownGroupAreNotFound() {
    JsonNode problem = problem(api.get("/api/v1/groups/RCP_XXX/members"), 404);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-group");
    assertThat(problem.get("parameter").asString()).isEqualTo("code");
    assertThat(problem.get("detail").asString()).contains("'RCP_XXX'");
  }

  @Test
  void membersOfACountryIsABadRequestPointingToItsMemberships() {
    JsonNode problem = problem(api.get("/api/v1/groups/SLV/members"), 400);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:not-a-group");
    assertThat(problem.get("parameter").asString()).isEqualTo("code");
    assertThat(problem.get("detail").asString())
        .isEqualTo(
            "SLV is a country, not a group, so it has no members; GET /api/v1/areas/SLV lists"
                + " the groups it belongs to.");
  }

  @Test
  void areaEndpointsRejectUndeclaredParametersAndFormats() {
    JsonNode undeclared = problem(api.get("/api/v1/areas?area=SLV"), 400);
    JsonNode format = problem(api.get("/api/v1/groups/WLD/members?format=xlsx"), 400);
    JsonNode detailFormat = problem(api.get("/api/v1/areas/SLV?format=csv"), 400);

    assertThat(undeclared.get("parameter").asString()).isEqualTo("area");
    assertThat(undeclared.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly("kind", "groupKind", "format");
    assertThat(format.get("parameter").asString()).isEqualTo("format");
    assertThat(detailFormat.get("parameter").asString()).isEqualTo("format");
  }

  @Test
  void openApiDocumentDescribesTheAreaEndpoints() {
    JsonNode paths = ok(api.get("/v3/api-docs")).get("paths");

    assertThat(paths.propertyNames())
        .contains("/api/v1/areas", "/api/v1/areas/{code}", "/api/v1/groups/{code}/members");
    JsonNode members = paths.get("/api/v1/groups/{code}/members").get("get");
    assertThat(members.get("responses").propertyNames()).contains("200", "400", "404");
    assertThat(members.get("responses").get("200").get("content").propertyNames())
        .contains("application/json", "text/csv");
  }

  private static List<String> codes(JsonNode areas) {
    return areas.values().stream().map(a -> a.get("code").asString()).toList();
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
