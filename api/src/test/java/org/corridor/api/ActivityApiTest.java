package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The RCP and GFMD activity endpoints over real silver Delta tables.
 *
 * <p>RCP records: source "RCP annex" names no year, and its records name 2004-2007 and 2009, so its
 * reference year is 2009; "Secretariat report 2025" has 2025 in its name. MIDSA has, in the table's
 * order (source, activity column, sequence): annex capacity_building 2 (2004-2006, RT3a RT3c, GCM 2
 * 23), annex capacity_building 10 (undated, BWA, RT3), annex link_to_gfmd 1 (NO_EXAMPLE_PROVIDED,
 * undated), annex research 1 (2007, ZAF, RT1a, GCM 1), report pilot_projects 1 (undated, ZAF, RT2,
 * GCM 23). COLOMBO has annex research 1 (2009, PHL LKA, RT2a, GCM 19) and annex link_to_gfmd 1
 * (NO_RESPONSE_GIVEN).
 *
 * <p>GFMD records: source "GFMD matrix" names no year, its records 2010 and 2012, so 2012; source
 * "Practices 2020" is 2020. In order: matrix RT1a-1 (RT1/RT1a, undated, IOM, GCM 3 5), matrix
 * RT1b-1 (RT1/RT1b, 2010, MEX, GCM 5), matrix RT2-1 (RT2, 2012, PHL, GCM 19), practices P-1
 * (PRACTICE, no roundtable, undated, MEX, GCM 23).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ActivityApiTest {
  private static final String ANNEX = "RCP annex";
  private static final String REPORT = "Secretariat report 2025";
  private static final String MIDSA = "/api/v1/rcps/MIDSA/activities";
  private static final String GFMD = "/api/v1/gfmd/activities";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  /** Rows are written out of order, so that the answers show the table's order. */
  @BeforeAll
  static void writeActivityTables() {
    GoldTableFixture.in(warehouse, SilverTables.RCP_ACTIVITY)
        .create(
            List.of(
                ActivityRows.rcp(REPORT, "MIDSA", "pilot_projects", 1, "REPORTED")
                    .with("countries", List.of("ZAF"))
                    .with("gfmd_roundtables", List.of("RT2"))
                    .with("gcm_objectives", List.of(23)),
                ActivityRows.rcp(ANNEX, "MIDSA", "research", 1, "REPORTED")
                    .with("years", List.of(2007))
                    .with("countries", List.of("ZAF"))
                    .with("gfmd_roundtables", List.of("RT1a"))
                    .with("gcm_objectives", List.of(1))
                    .with("sdg_targets", List.of("17.18")),
                ActivityRows.rcp(ANNEX, "MIDSA", "capacity_building", 10, "REPORTED")
                    .with("countries", List.of("BWA"))
                    .with("gfmd_roundtables", List.of("RT3")),
                ActivityRows.rcp(ANNEX, "MIDSA", "capacity_building", 2, "REPORTED")
                    .with("years", List.of(2004, 2005, 2006))
                    .with("gfmd_roundtables", List.of("RT3a", "RT3c"))
                    .with("gcm_objectives", List.of(2, 23))
                    .with("sdg_targets", List.of("10.7")),
                ActivityRows.rcp(ANNEX, "MIDSA", "link_to_gfmd", 1, "NO_EXAMPLE_PROVIDED"),
                ActivityRows.rcp(ANNEX, "COLOMBO", "research", 1, "REPORTED")
                    .with("years", List.of(2009))
                    .with("countries", List.of("PHL", "LKA"))
                    .with("gfmd_roundtables", List.of("RT2a"))
                    .with("gcm_objectives", List.of(19)),
                ActivityRows.rcp(ANNEX, "COLOMBO", "link_to_gfmd", 1, "NO_RESPONSE_GIVEN")));
    GoldTableFixture.in(warehouse, SilverTables.GFMD_ACTIVITY)
        .create(
            List.of(
                ActivityRows.gfmd("Practices 2020", "P-1", "PRACTICE")
                    .with("countries", List.of("MEX"))
                    .with("gcm_objectives", List.of(23)),
                ActivityRows.gfmd("GFMD matrix", "RT2-1", "ACTIVITY")
                    .with("theme", "T1")
                    .with("roundtable", "RT2")
                    .with("years", List.of(2012))
                    .with("countries", List.of("PHL"))
                    .with("gcm_objectives", List.of(19)),
                ActivityRows.gfmd("GFMD matrix", "RT1b-1", "ACTIVITY")
                    .with("theme", "T1")
                    .with("roundtable", "RT1")
                    .with("sub_theme", "RT1b")
                    .with("partners", List.of("ILO", "IOM"))
                    .with("years", List.of(2010))
                    .with("countries", List.of("MEX"))
                    .with("gcm_objectives", List.of(5)),
                ActivityRows.gfmd("GFMD matrix", "RT1a-1", "ACTIVITY")
                    .with("theme", "T1")
                    .with("roundtable", "RT1")
                    .with("sub_theme", "RT1a")
                    .with("partners", List.of("IOM"))
                    .with("gcm_objectives", List.of(3, 5))));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void rcpListCountsEachRcpsRecordsPerStatus() {
    JsonNode body = json(api.get("/api/v1/rcps"));

    assertThat(body.get("tableVersion").asLong()).isZero();
    JsonNode colombo = rcp(body, "COLOMBO");
    assertThat(colombo.get("name").asString()).startsWith("Colombo Process");
    assertThat(colombo.get("areaCode").asString()).isEqualTo("RCP_COLOMBO");
    assertThat(colombo.get("annexGroup").asInt()).isEqualTo(1);
    assertThat(colombo.get("memberCount").asInt()).isEqualTo(12);
    assertThat(counts(colombo)).containsExactly(1L, 0L, 1L);
    JsonNode midsa = rcp(body, "MIDSA");
    assertThat(midsa.get("memberCount").asInt()).isEqualTo(16);
    assertThat(counts(midsa)).containsExactly(4L, 1L, 0L);
    JsonNode abuDhabi = rcp(body, "ADD");
    assertThat(abuDhabi.get("annexGroup").isNull()).isTrue();
    assertThat(counts(abuDhabi)).containsExactly(0L, 0L, 0L);
    assertThat(body.get("rcps").get(0).get("code").asString()).isEqualTo("COLOMBO");
    assertThat(body.get("rcps").size()).isEqualTo(23);
  }

  @Test
  void rcpListAsCsvHasOneRowPerRcpAndAnEmptyFieldForNoAnnexGroup() {
    HttpResponse<String> response = api.get("/api/v1/rcps?format=csv");

    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> lines = response.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "code,name,areaCode,annexGroup,memberCount,reported,noExampleProvided,"
                + "noResponseGiven");
    assertThat(lines).hasSize(24);
    assertThat(lines).contains("ADD,Abu Dhabi Dialogue,RCP_ADD,,18,0,0,0");
  }

  @Test
  void anRcpsRecordsAreServedBySourceActivityColumnAndNumericSequence() {
    JsonNode body = json(api.get(MIDSA));

    assertThat(body.get("table").asString()).isEqualTo("silver.rcp_activity");
    assertThat(body.get("tableVersion").asLong()).isZero();
    assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(5);
    assertThat(keys(body))
        .containsExactly(
            "RCP annex capacity_building 2",
            "RCP annex capacity_building 10",
            "RCP annex link_to_gfmd 1",
            "RCP annex research 1",
            "Secretariat report 2025 pilot_projects 1");
  }

  @Test
  void aRecordCarriesItsListsAsArraysAndNoLineage() {
    JsonNode record = json(api.get(MIDSA)).get("activities").get(0);

    assertThat(record.propertyNames())
        .containsExactly(
            "source",
            "rcp",
            "thematicGroup",
            "activityColumn",
            "sequence",
            "status",
            "text",
            "years",
            "countries",
            "gfmdRoundtables",
            "gcmObjectives",
            "sdgTargets",
            "note");
    assertThat(ints(record.get("years"))).containsExactly(2004, 2005, 2006);
    assertThat(texts(record.get("gfmdRoundtables"))).containsExactly("RT3a", "RT3c");
    assertThat(ints(record.get("gcmObjectives"))).containsExactly(2, 23);
    assertThat(texts(record.get("countries"))).isEmpty();
    assertThat(record.get("sequence").asInt()).isEqualTo(2);
    assertThat(record.get("note").isNull()).isTrue();
  }

  @Test
  void yearKeepsRecordsNamingItAndUndatedRecordsOfSourcesWhoseReferenceYearItIs() {
    assertThat(keys(json(api.get(MIDSA + "?year=2007")))).containsExactly("RCP annex research 1");
    assertThat(keys(json(api.get(MIDSA + "?year=2005"))))
        .containsExactly("RCP annex capacity_building 2");
    // The annex's latest named year is COLOMBO's 2009: MIDSA's undated annex records count there.
    assertThat(keys(json(api.get(MIDSA + "?year=2009"))))
        .containsExactly("RCP annex capacity_building 10", "RCP annex link_to_gfmd 1");
    assertThat(keys(json(api.get(MIDSA + "?year=2025"))))
        .containsExactly("Secretariat report 2025 pilot_projects 1");
    assertThat(keys(json(api.get(MIDSA + "?year=2005,2007"))))
        .containsExactly("RCP annex capacity_building 2", "RCP annex research 1");
    assertThat(keys(json(api.get(MIDSA + "?year=2008")))).isEmpty();
  }

  @Test
  void activityColumnStatusCountryAndGcmObjectiveEachKeepMatchingRecords() {
    assertThat(keys(json(api.get(MIDSA + "?activityColumn=capacity_building"))))
        .containsExactly("RCP annex capacity_building 2", "RCP annex capacity_building 10");
    assertThat(keys(json(api.get(MIDSA + "?status=NO_EXAMPLE_PROVIDED"))))
        .containsExactly("RCP annex link_to_gfmd 1");
    assertThat(json(api.get(MIDSA + "?status=REPORTED")).get("page").get("totalElements").asLong())
        .isEqualTo(4);
    assertThat(keys(json(api.get(MIDSA + "?country=ZAF"))))
        .containsExactly("RCP annex research 1", "Secretariat report 2025 pilot_projects 1");
    assertThat(keys(json(api.get(MIDSA + "?gcmObjective=23"))))
        .containsExactly(
            "RCP annex capacity_building 2", "Secretariat report 2025 pilot_projects 1");
    assertThat(keys(json(api.get(MIDSA + "?status=REPORTED&year=2009"))))
        .containsExactly("RCP annex capacity_building 10");
  }

  @Test
  void aRoundtableAlsoMatchesItsSubThemesButASubThemeOnlyItself() {
    assertThat(keys(json(api.get(MIDSA + "?roundtable=RT3"))))
        .containsExactly("RCP annex capacity_building 2", "RCP annex capacity_building 10");
    assertThat(keys(json(api.get(MIDSA + "?roundtable=RT3a"))))
        .containsExactly("RCP annex capacity_building 2");
    assertThat(keys(json(api.get(MIDSA + "?roundtable=RT1"))))
        .containsExactly("RCP annex research 1");
    assertThat(keys(json(api.get(MIDSA + "?roundtable=RT3b")))).isEmpty();
  }

  @Test
  void pagesCountTheWholeSelection() {
    JsonNode body = json(api.get(MIDSA + "?page=1&pageSize=2"));

    assertThat(body.get("page").get("number").asInt()).isEqualTo(1);
    assertThat(body.get("page").get("size").asInt()).isEqualTo(2);
    assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(5);
    assertThat(body.get("page").get("totalPages").asLong()).isEqualTo(3);
    assertThat(keys(body)).containsExactly("RCP annex link_to_gfmd 1", "RCP annex research 1");
  }

  @Test
  void csvJoinsAListsElementsWithSemicolons() {
    HttpResponse<String> response =
        api.get(MIDSA + "?activityColumn=capacity_building", "text/csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().lines().toList())
        .containsExactly(
            "source,rcp,thematicGroup,activityColumn,sequence,status,text,years,countries,"
                + "gfmdRoundtables,gcmObjectives,sdgTargets,note",
            "RCP annex,MIDSA,1,capacity_building,2,REPORTED,Activity capacity_building 2,"
                + "2004;2005;2006,,RT3a;RT3c,2;23,10.7,",
            "RCP annex,MIDSA,1,capacity_building,10,REPORTED,Activity capacity_building 10,,"
                + "BWA,RT3,,,");
  }

  @Test
  void anUnknownRcpIs404NamingTheCode() {
    HttpResponse<String> response = api.get("/api/v1/rcps/XYZ/activities");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-rcp");
    assertThat(problem.get("parameter").asString()).isEqualTo("code");
    assertThat(texts(problem.get("allowedValues"))).contains("COLOMBO", "MIDSA").hasSize(23);
  }

  @Test
  void badFilterValuesAre400NamingTheParameterAndItsAllowedValues() {
    JsonNode status = problem(MIDSA + "?status=DONE");
    assertThat(status.get("parameter").asString()).isEqualTo("status");
    assertThat(texts(status.get("allowedValues")))
        .containsExactly("REPORTED", "NO_EXAMPLE_PROVIDED", "NO_RESPONSE_GIVEN");
    JsonNode column = problem(MIDSA + "?activityColumn=Research");
    assertThat(column.get("parameter").asString()).isEqualTo("activityColumn");
    assertThat(texts(column.get("allowedValues"))).hasSize(8).contains("research", "link_to_gfmd");
    JsonNode roundtable = problem(MIDSA + "?roundtable=RT9");
    assertThat(roundtable.get("parameter").asString()).isEqualTo("roundtable");
    assertThat(texts(roundtable.get("allowedValues"))).startsWith("RT1", "RT1a").contains("RT3d");
    assertThat(problem(MIDSA + "?gcmObjective=24").get("expected").asString())
        .isEqualTo("an integer from 1 to 23");
    assertThat(problem(MIDSA + "?gcmObjective=x").get("parameter").asString())
        .isEqualTo("gcmObjective");
    assertThat(problem(MIDSA + "?country=XYZ").get("parameter").asString()).isEqualTo("country");
    assertThat(problem(MIDSA + "?year=07").get("parameter").asString()).isEqualTo("year");
    assertThat(problem(MIDSA + "?pageSize=0").get("parameter").asString()).isEqualTo("pageSize");
    assertThat(problem(MIDSA + "?vintage=q1").get("parameter").asString()).isEqualTo("vintage");
    assertThat(problem(GFMD + "?recordType=practice").get("parameter").asString())
        .isEqualTo("recordType");
    assertThat(problem(GFMD + "?activityColumn=research").get("parameter").asString())
        .isEqualTo("activityColumn");
  }

  @Test
  void aRepeatedRequestWithItsEtagAnswers304() {
    HttpResponse<String> first = api.get(MIDSA + "?year=2009");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        api.send("GET", MIDSA + "?year=2009", Map.of("If-None-Match", etag));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void gfmdRecordsAreServedBySourceAndRecordId() {
    JsonNode body = json(api.get(GFMD));

    assertThat(body.get("table").asString()).isEqualTo("silver.gfmd_activity");
    assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(4);
    assertThat(ids(body)).containsExactly("RT1a-1", "RT1b-1", "RT2-1", "P-1");
    JsonNode first = body.get("activities").get(0);
    assertThat(first.get("subTheme").asString()).isEqualTo("RT1a");
    assertThat(texts(first.get("partners"))).containsExactly("IOM");
    assertThat(ints(first.get("gcmObjectives"))).containsExactly(3, 5);
  }

  @Test
  void gfmdFiltersKeepMatchingRecords() {
    assertThat(ids(json(api.get(GFMD + "?roundtable=RT1")))).containsExactly("RT1a-1", "RT1b-1");
    assertThat(ids(json(api.get(GFMD + "?roundtable=RT1b")))).containsExactly("RT1b-1");
    assertThat(ids(json(api.get(GFMD + "?year=2012")))).containsExactly("RT1a-1", "RT2-1");
    assertThat(ids(json(api.get(GFMD + "?year=2020")))).containsExactly("P-1");
    assertThat(ids(json(api.get(GFMD + "?year=2010")))).containsExactly("RT1b-1");
    assertThat(ids(json(api.get(GFMD + "?gcmObjective=5")))).containsExactly("RT1a-1", "RT1b-1");
    assertThat(ids(json(api.get(GFMD + "?country=MEX")))).containsExactly("RT1b-1", "P-1");
    assertThat(ids(json(api.get(GFMD + "?recordType=PRACTICE")))).containsExactly("P-1");
    assertThat(ids(json(api.get(GFMD + "?recordType=ACTIVITY&country=MEX&roundtable=RT1"))))
        .containsExactly("RT1b-1");
  }

  @Test
  void gfmdCsvHasTheTableFieldsAsHeader() {
    HttpResponse<String> response = api.get(GFMD + "?format=csv&recordType=PRACTICE");

    assertThat(response.body().lines().toList())
        .containsExactly(
            "source,recordId,recordType,theme,roundtable,subTheme,title,description,objective,"
                + "partners,countries,years,gcmObjectives,sdgTargets,note",
            "Practices 2020,P-1,PRACTICE,,,,Record P-1,,,,MEX,,23,,");
  }

  @Test
  void theOpenApiDocumentDescribesTheActivityEndpoints() {
    JsonNode paths = json(api.get("/v3/api-docs")).get("paths");

    assertThat(paths.has("/api/v1/rcps")).isTrue();
    JsonNode activities = paths.get("/api/v1/rcps/{code}/activities").get("get");
    assertThat(activities.get("description").asString())
        .contains("reference year")
        .contains("vintage= and asOf= are not taken");
    assertThat(activities.get("parameters").findValuesAsString("name"))
        .contains("year", "activityColumn", "roundtable", "gcmObjective", "country", "status");
    assertThat(
            paths
                .get("/api/v1/gfmd/activities")
                .get("get")
                .get("parameters")
                .findValuesAsString("name"))
        .contains("year", "roundtable", "gcmObjective", "country", "recordType");
  }

  private JsonNode problem(String path) {
    HttpResponse<String> response = api.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    return json(response);
  }

  private static JsonNode rcp(JsonNode list, String code) {
    for (JsonNode rcp : list.get("rcps")) {
      if (rcp.get("code").asString().equals(code)) {
        return rcp;
      }
    }
    throw new AssertionError("no RCP " + code);
  }

  private static List<Long> counts(JsonNode rcp) {
    return List.of(
        rcp.get("reported").asLong(),
        rcp.get("noExampleProvided").asLong(),
        rcp.get("noResponseGiven").asLong());
  }

  private static List<String> keys(JsonNode page) {
    List<String> keys = new ArrayList<>();
    for (JsonNode record : page.get("activities")) {
      keys.add(
          record.get("source").asString()
              + " "
              + record.get("activityColumn").asString()
              + " "
              + record.get("sequence").asInt());
    }
    return keys;
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("activities").forEach(record -> ids.add(record.get("recordId").asString()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asString()));
    return texts;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> ints = new ArrayList<>();
    array.forEach(element -> ints.add(element.asInt()));
    return ints;
  }
}
