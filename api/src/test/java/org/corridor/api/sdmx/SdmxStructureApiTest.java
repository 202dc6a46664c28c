package org.corridor.api.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
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
class SdmxStructureApiTest {
  private static final String STRUCTURE = "application/vnd.sdmx.structure+json;version=2.0.0";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeAll
  static void writeGoldTable() {
    GoldTableFixture.in(warehouse).create(SdmxFixture.ROWS);
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void dataflowQueriesListTheOneDataflowAndItsStructure() {
    for (String path :
        List.of(
            "/sdmx/rest/dataflow",
            "/sdmx/rest/dataflow/all/all/latest",
            "/sdmx/rest/dataflow/CORRIDOR",
            "/sdmx/rest/dataflow/CORRIDOR/DF_MIGRATION/1.0")) {
      HttpResponse<String> response = api.get(path, STRUCTURE);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue(STRUCTURE);

      JsonNode flow = json(response).get("data").get("dataflows").get(0);

      assertThat(flow.get("id").asString()).isEqualTo("DF_MIGRATION");
      assertThat(flow.get("agencyID").asString()).isEqualTo("CORRIDOR");
      assertThat(flow.get("version").asString()).isEqualTo("1.0");
      assertThat(flow.get("structure").asString())
          .isEqualTo(
              "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=CORRIDOR:DSD_MIGRATION(1.0)");
    }
  }

  @Test
  void dataStructureListsTheDimensionsInKeyOrderWithTimePeriodLast() {
    JsonNode components =
        json(api.get("/sdmx/rest/datastructure/CORRIDOR/DSD_MIGRATION/1.0", STRUCTURE))
            .get("data")
            .get("dataStructures")
            .get(0)
            .get("dataStructureComponents");

    JsonNode dimensions = components.get("dimensionList").get("dimensions");
    assertThat(dimensions.values().stream().map(d -> d.get("id").asString()))
        .containsExactly(
            "INDICATOR",
            "SERIES",
            "REF_AREA",
            "SEX",
            "AGE",
            "ORIGIN",
            "DESTINATION",
            "PROVIDER_TYPE",
            "POLICY_DOMAIN");
    assertThat(dimensions.values().stream().map(d -> d.get("position").asInt()))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(dimensions.get(2).get("localRepresentation").get("enumeration").asString())
        .isEqualTo("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=CORRIDOR:CL_AREA(1.0)");
    JsonNode time = components.get("dimensionList").get("timeDimensions").get(0);
    assertThat(time.get("id").asString()).isEqualTo("TIME_PERIOD");
    assertThat(time.get("position").asInt()).isEqualTo(9);
    assertThat(
            components.get("attributeList").get("attributes").values().stream()
                .map(a -> a.get("id").asString() + " " + a.get("usage").asString()))
        .containsExactly(
            "UNIT_MEASURE mandatory",
            "OBS_STATUS mandatory",
            "NATURE mandatory",
            "AGGREGATION_METHOD mandatory",
            "COUNTRIES_WITH_DATA optional",
            "COUNTRIES_IN_GROUP optional",
            "POPULATION_SHARE optional",
            "COMMENT optional",
            "SOURCE mandatory");
    assertThat(components.get("measureList").get("measures").get(0).get("id").asString())
        .isEqualTo("OBS_VALUE");
  }

  @Test
  void codelistsHoldTheCataloguesTheAreasAndTheSnapshotsValues() {
    JsonNode codelists =
        json(api.get("/sdmx/rest/codelist/CORRIDOR/all/latest", STRUCTURE))
            .get("data")
            .get("codelists");

    assertThat(codelists.values().stream().map(c -> c.get("id").asString()))
        .contains(
            "CL_INDICATOR", "CL_AREA", "CL_SEX", "CL_AGE", "CL_PROVIDER_TYPE", "CL_UNIT_MEASURE");
    assertThat(codes("CL_INDICATOR")).contains("17_3_2", "10_c_1", "GCM21_RETURNS");
    assertThat(codes("CL_AREA")).contains("SLV", "GTM", "WLD", "SDG_202", "_Z");
    assertThat(codes("CL_SEX")).containsExactly("F", "M", "_T", "_Z");
    assertThat(codes("CL_PROVIDER_TYPE")).containsExactly("BANK", "MTO", "_Z");
    assertThat(codes("CL_UNIT_MEASURE")).contains("PERCENT_GDP", "PERCENT_AMOUNT", "PER_100K");
    JsonNode slv = code("CL_AREA", "SLV");
    assertThat(slv.get("name").asString()).isEqualTo("El Salvador");
    assertThat(code("CL_INDICATOR", "17_3_2").get("name").asString())
        .startsWith("17.3.2 Volume of remittances");
  }

  @Test
  void referencesAddTheArtefactsAQueryUses() {
    JsonNode all =
        json(api.get(
                "/sdmx/rest/dataflow/CORRIDOR/DF_MIGRATION/1.0?references=descendants", STRUCTURE))
            .get("data");
    assertThat(all.get("dataStructures").get(0).get("id").asString()).isEqualTo("DSD_MIGRATION");
    assertThat(all.get("codelists").size()).isEqualTo(10);
    assertThat(all.get("conceptSchemes").get(0).get("id").asString()).isEqualTo("CS_MIGRATION");

    JsonNode children =
        json(api.get("/sdmx/rest/dataflow/CORRIDOR/DF_MIGRATION?references=children", STRUCTURE))
            .get("data");
    assertThat(children.has("dataStructures")).isTrue();
    assertThat(children.has("codelists")).isFalse();

    JsonNode parents =
        json(api.get("/sdmx/rest/codelist/CORRIDOR/CL_SEX?references=parents", STRUCTURE))
            .get("data");
    assertThat(parents.get("codelists").size()).isEqualTo(1);
    assertThat(parents.get("dataStructures").size()).isEqualTo(1);
  }

  @Test
  void conceptSchemeHoldsAConceptPerComponent() {
    JsonNode scheme =
        json(api.get("/sdmx/rest/conceptscheme/CORRIDOR/CS_MIGRATION/1.0", STRUCTURE))
            .get("data")
            .get("conceptSchemes")
            .get(0);

    assertThat(scheme.get("concepts").values().stream().map(c -> c.get("id").asString()))
        .hasSize(20)
        .contains("REF_AREA", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "COMMENT");
  }

  @Test
  void unknownArtefactsAreNotFoundNamingThePathPart() {
    assertThat(notFound("/sdmx/rest/dataflow/ECB").get("parameter").asString())
        .isEqualTo("agencyID");
    assertThat(notFound("/sdmx/rest/dataflow/CORRIDOR/DF_OTHER").get("parameter").asString())
        .isEqualTo("resourceID");
    assertThat(
            notFound("/sdmx/rest/datastructure/CORRIDOR/DSD_MIGRATION/2.0")
                .get("parameter")
                .asString())
        .isEqualTo("version");
    JsonNode codelist = notFound("/sdmx/rest/codelist/CORRIDOR/CL_FREQ");
    assertThat(codelist.get("parameter").asString()).isEqualTo("resourceID");
    assertThat(codelist.get("allowedValues").values().stream().map(JsonNode::asString))
        .contains("CL_AREA");
  }

  @Test
  void unknownReferencesIsABadRequestListingTheSupportedOnes() {
    HttpResponse<String> response = api.get("/sdmx/rest/dataflow?references=siblings");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("parameter").asString()).isEqualTo("references");
  }

  @Test
  void stubsAreABadRequestNamingDetail() {
    HttpResponse<String> response = api.get("/sdmx/rest/codelist?detail=allstubs");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("parameter").asString()).isEqualTo("detail");
  }

  @Test
  void openApiDocumentDescribesTheSdmxEndpoints() {
    JsonNode paths = json(api.get("/v3/api-docs")).get("paths");

    assertThat(paths.propertyNames())
        .contains(
            "/sdmx/rest/data/{flowRef}/{key}",
            "/sdmx/rest/dataflow/{agencyID}/{resourceID}/{version}",
            "/sdmx/rest/datastructure/{agencyID}/{resourceID}/{version}",
            "/sdmx/rest/codelist/{agencyID}/{resourceID}/{version}");
    JsonNode data = paths.get("/sdmx/rest/data/{flowRef}/{key}").get("get");
    assertThat(data.get("responses").get("200").get("content").propertyNames())
        .contains(
            "application/vnd.sdmx.data+json;version=2.0.0",
            "application/vnd.sdmx.data+csv;version=2.0.0");
  }

  private JsonNode notFound(String path) {
    HttpResponse<String> response = api.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return json(response);
  }

  private List<String> codes(String codelist) {
    return json(api.get("/sdmx/rest/codelist/CORRIDOR/" + codelist, STRUCTURE))
        .get("data")
        .get("codelists")
        .get(0)
        .get("codes")
        .values()
        .stream()
        .map(c -> c.get("id").asString())
        .toList();
  }

  private JsonNode code(String codelist, String id) {
    return json(api.get("/sdmx/rest/codelist/CORRIDOR/" + codelist, STRUCTURE))
        .get("data")
        .get("codelists")
        .get(0)
        .get("codes")
        .values()
        .stream()
        .filter(c -> c.get("id").asString().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
