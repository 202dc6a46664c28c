package org.corridor.api.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
class SdmxDataApiTest {
  private static final String DATA = "/sdmx/rest/data/CORRIDOR,DF_MIGRATION,1.0/";
  private static final String CSV = "application/vnd.sdmx.data+csv;version=2.0.0";
  private static final String JSON = "application/vnd.sdmx.data+json;version=2.0.0";
  private static final String XML = "application/vnd.sdmx.genericdata+xml;version=2.1";
  private static final Set<String> NUMERIC =
      Set.of("OBS_VALUE", "COUNTRIES_WITH_DATA", "COUNTRIES_IN_GROUP", "POPULATION_SHARE");

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
  void keyAllAnswersEveryObservationAsSdmxCsvWithTheStructureColumnsFirst() {
    HttpResponse<String> response = api.get(DATA + "all", CSV);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.sdmx.data+csv;version=2.0.0;charset=UTF-8");
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.body().lines().findFirst().orElseThrow())
        .isEqualTo(
            "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,SERIES,REF_AREA,SEX,AGE,ORIGIN,DESTINATION,"
                + "PROVIDER_TYPE,POLICY_DOMAIN,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,NATURE,"
                + "AGGREGATION_METHOD,COUNTRIES_WITH_DATA,COUNTRIES_IN_GROUP,POPULATION_SHARE,"
                + "COMMENT,SOURCE");
    List<Map<String, String>> rows = SdmxMessageReader.csv(response.body());
    assertThat(rows).hasSize(SdmxFixture.ROWS.size());
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.get("STRUCTURE")).isEqualTo("dataflow");
              assertThat(row.get("STRUCTURE_ID")).isEqualTo("CORRIDOR:DF_MIGRATION(1.0)");
              assertThat(row.get("ACTION")).isEqualTo("I");
            });
  }

  @Test
  void indicatorCodesAreSdmxIdsAndNullDisaggregationsAreNotApplicable() {
    Map<String, String> slv2004 =
        SdmxMessageReader.csv(
                api.get(DATA + "17_3_2..SLV......?startPeriod=2004&endPeriod=2004", CSV).body())
            .get(0);

    assertThat(slv2004)
        .containsEntry("INDICATOR", "17_3_2")
        .containsEntry("SERIES", "17_3_2")
        .containsEntry("REF_AREA", "SLV")
        .containsEntry("SEX", "_Z")
        .containsEntry("PROVIDER_TYPE", "_Z")
        .containsEntry("TIME_PERIOD", "2004")
        .containsEntry("OBS_VALUE", "18.67")
        .containsEntry("COMMENT", null);
  }

  @Test
  void emptyPositionsAreWildcardsAndPlusOrsCodes() {
    assertThat(areasAndPeriods(DATA + "17_3_2..SLV+GTM......"))
        .containsExactly("GTM 2004", "SLV 2003", "SLV 2004", "SLV 2005");
    assertThat(areasAndPeriods(DATA + "17_3_2+8_8_1........").size()).isEqualTo(7);
    assertThat(areasAndPeriods(DATA + "..WLD......")).containsExactly("WLD 2004");
  }

  @Test
  void notApplicableSelectsNullDisaggregationsAndACodeSelectsItsValue() {
    assertThat(providersAndPeriods(DATA + "10_c_1.......BANK."))
        .containsExactly("BANK 2016-Q3", "BANK 2016-Q4", "BANK 2017-Q1");
    assertThat(csv(DATA + "8_8_1...F+_Z....."))
        .extracting(r -> r.get("OBS_VALUE"))
        .containsExactly("3.1");
  }

  @Test
  void periodBoundsKeepEveryPeriodThatOverlapsThem() {
    assertThat(areasAndPeriods(DATA + "17_3_2..SLV......?startPeriod=2004-06"))
        .containsExactly("SLV 2004", "SLV 2005");
    assertThat(areasAndPeriods(DATA + "17_3_2..SLV......?endPeriod=2004-03-31"))
        .containsExactly("SLV 2003", "SLV 2004");
    assertThat(areasAndPeriods(DATA + "17_3_2..SLV......?startPeriod=2004-Q1&endPeriod=2004-Q4"))
        .containsExactly("SLV 2004");
    assertThat(providersAndPeriods(DATA + "10_c_1........?startPeriod=2016-Q4&endPeriod=2016"))
        .containsExactly("BANK 2016-Q4", "MTO 2016-Q4");
    assertThat(providersAndPeriods(DATA + "10_c_1........?startPeriod=2016-11-15"))
        .containsExactly("BANK 2016-Q4", "BANK 2017-Q1", "MTO 2016-Q4");
    assertThat(providersAndPeriods(DATA + "10_c_1........?startPeriod=2017"))
        .containsExactly("BANK 2017-Q1");
  }

  @Test
  void lastNObservationsKeepsTheLatestOfEachSeries() {
    assertThat(areasAndPeriods(DATA + "17_3_2..SLV+GTM......?lastNObservations=1"))
        .containsExactly("GTM 2004", "SLV 2005");
    assertThat(providersAndPeriods(DATA + "10_c_1........?lastNObservations=2"))
        .containsExactly("BANK 2016-Q4", "BANK 2017-Q1", "MTO 2016-Q4");
    assertThat(areasAndPeriods(DATA + "17_3_2..SLV......?lastNObservations=2&endPeriod=2004"))
        .containsExactly("SLV 2003", "SLV 2004");
  }

  @Test
  void firstNObservationsKeepsTheEarliestAndWithLastNTheUnionOfBoth() {
    assertThat(areasAndPeriods(DATA + "17_3_2..SLV+GTM......?firstNObservations=1"))
        .containsExactly("GTM 2004", "SLV 2003");
    assertThat(
            providersAndPeriods(DATA + "10_c_1........?firstNObservations=1&lastNObservations=1"))
        .containsExactly("BANK 2016-Q3", "BANK 2017-Q1", "MTO 2016-Q4");
    assertThat(
            providersAndPeriods(DATA + "10_c_1........?firstNObservations=2&lastNObservations=2"))
        .containsExactly("BANK 2016-Q3", "BANK 2016-Q4", "BANK 2017-Q1", "MTO 2016-Q4");
  }

  @Test
  void flowRefMayOmitTheVersionAndTheAgency() {
    for (String flow :
        List.of(
            "DF_MIGRATION",
            "CORRIDOR,DF_MIGRATION",
            "CORRIDOR,DF_MIGRATION,latest",
            "all,DF_MIGRATION,all")) {
      HttpResponse<String> response =
          api.get("/sdmx/rest/data/" + flow + "/17_3_2..GTM......", CSV);
      assertThat(response.statusCode()).as(flow).isEqualTo(200);
      assertThat(SdmxMessageReader.csv(response.body())).as(flow).hasSize(1);
    }
    assertThat(SdmxMessageReader.csv(api.get("/sdmx/rest/data/DF_MIGRATION", CSV).body()))
        .hasSize(SdmxFixture.ROWS.size());
  }

  @Test
  void sdmxCsvHoldsTheValuesOfTheObservationsEndpoint() {
    for (String indicator : List.of("17.3.2", "10.c.1", "8.8.1")) {
      String key = indicator.replace('.', '_') + "........";
      List<Map<String, String>> sdmx =
          SdmxMessageReader.csv(api.get(DATA + key + "?format=csv").body());
      sdmx.forEach(row -> row.keySet().removeAll(Set.of("STRUCTURE", "STRUCTURE_ID", "ACTION")));

      assertThat(sorted(canonical(sdmx))).isEqualTo(sorted(fromObservationsEndpoint(indicator)));
    }
  }

  @Test
  void sdmxJsonTimeSeriesHoldTheValuesOfTheObservationsEndpoint() {
    for (String indicator : List.of("17.3.2", "10.c.1", "8.8.1")) {
      String key = indicator.replace('.', '_') + "........";
      HttpResponse<String> response = api.get(DATA + key, JSON);
      assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);

      List<Map<String, String>> sdmx = SdmxMessageReader.json(json(response));

      assertThat(sorted(canonical(sdmx))).isEqualTo(sorted(fromObservationsEndpoint(indicator)));
    }
  }

  @Test
  void sdmxMlGenericDataHoldsTheValuesOfTheObservationsEndpoint() {
    for (String indicator : List.of("17.3.2", "10.c.1", "8.8.1")) {
      String key = indicator.replace('.', '_') + "........";
      HttpResponse<String> series = api.get(DATA + key, XML);
      HttpResponse<String> flat =
          api.get(DATA + key + "?dimensionAtObservation=AllDimensions&format=xml");
      assertThat(series.headers().firstValue("Content-Type")).hasValue(XML + ";charset=UTF-8");

      assertThat(sorted(canonical(SdmxMessageReader.xml(series.body()))))
          .isEqualTo(sorted(fromObservationsEndpoint(indicator)));
      assertThat(sorted(canonical(SdmxMessageReader.xml(flat.body()))))
          .isEqualTo(sorted(fromObservationsEndpoint(indicator)));
    }
  }

  @Test
  void sdmxJsonWithAllDimensionsAtObservationHoldsTheSameValues() {
    JsonNode message =
        json(api.get(DATA + "17_3_2........?dimensionAtObservation=AllDimensions", JSON));

    JsonNode structure = message.get("data").get("structures").get(0);
    assertThat(structure.get("dimensions").get("series").size()).isZero();
    assertThat(structure.get("dimensions").get("observation").size()).isEqualTo(10);
    assertThat(message.get("data").get("dataSets").get(0).has("series")).isFalse();
    assertThat(sorted(canonical(SdmxMessageReader.json(message))))
        .isEqualTo(sorted(fromObservationsEndpoint("17.3.2")));
  }

  @Test
  void sdmxJsonSeriesAreKeyedByTheNineKeyDimensionsAndObservationsByTimePeriod() {
    JsonNode message = json(api.get(DATA + "17_3_2..SLV......", JSON));

    JsonNode structure = message.get("data").get("structures").get(0);
    assertThat(
            structure.get("dimensions").get("series").values().stream()
                .map(d -> d.get("id").asString()))
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
    JsonNode time = structure.get("dimensions").get("observation").get(0);
    assertThat(time.get("id").asString()).isEqualTo("TIME_PERIOD");
    assertThat(time.get("keyPosition").asInt()).isEqualTo(9);
    JsonNode indicator = structure.get("dimensions").get("series").get(0).get("values").get(0);
    assertThat(indicator.get("id").asString()).isEqualTo("17_3_2");
    assertThat(indicator.get("name").asString()).startsWith("17.3.2 ");
    JsonNode series = message.get("data").get("dataSets").get(0).get("series");
    assertThat(series.propertyNames()).containsExactly("0:0:0:0:0:0:0:0:0");
    assertThat(series.get("0:0:0:0:0:0:0:0:0").get("observations").size()).isEqualTo(3);
    assertThat(message.get("meta").get("sender").get("id").asString()).isEqualTo("CORRIDOR");
  }

  @Test
  void jsonIsTheDefaultAndFormatOverridesTheAcceptHeader() {
    assertThat(api.get(DATA + "all").headers().firstValue("Content-Type")).hasValue(JSON);
    assertThat(api.get(DATA + "all?format=jsondata", CSV).headers().firstValue("Content-Type"))
        .hasValue(JSON);
    assertThat(api.get(DATA + "all?format=csvfile").headers().firstValue("Content-Type"))
        .hasValue(CSV + ";charset=UTF-8");
    HttpResponse<String> plainJson = api.get(DATA + "17_3_2..GTM......", "application/json");
    assertThat(plainJson.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(SdmxMessageReader.json(json(plainJson))).hasSize(1);
  }

  @Test
  void keyWithTheWrongNumberOfPositionsIsABadRequestNamingTheKey() {
    JsonNode problem = problem(api.get(DATA + "17_3_2..SLV"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("key");
    assertThat(problem.get("detail").asString())
        .contains("9 dot-separated positions")
        .contains("INDICATOR.SERIES.REF_AREA");
  }

  @Test
  void codeWithACharacterSdmxForbidsIsABadRequestNamingTheKey() {
    JsonNode problem = problem(api.get(DATA + "17_3_2..SL!V......"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("key");
    assertThat(problem.get("detail").asString()).contains("'SL!V'");
  }

  @Test
  void unknownDataflowIsNotFoundNamingTheFlowRef() {
    for (String flow :
        List.of("DF_OTHER", "ECB,DF_MIGRATION", "CORRIDOR,DF_MIGRATION,2.0", "A,B,C,D")) {
      JsonNode problem = problem(api.get("/sdmx/rest/data/" + flow + "/all"), 404);

      assertThat(problem.get("parameter").asString()).as(flow).isEqualTo("flowRef");
      assertThat(problem.get("allowedValues").get(0).asString())
          .isEqualTo("CORRIDOR,DF_MIGRATION,1.0");
    }
  }

  @Test
  void malformedPeriodsAreBadRequestsNamingTheParameter() {
    for (String bad : List.of("20x4", "2004-13", "2004-Q5", "2004-02-30", "04")) {
      assertThat(problem(api.get(DATA + "all?startPeriod=" + bad), 400).get("parameter").asString())
          .as(bad)
          .isEqualTo("startPeriod");
      assertThat(problem(api.get(DATA + "all?endPeriod=" + bad), 400).get("parameter").asString())
          .as(bad)
          .isEqualTo("endPeriod");
    }
  }

  @Test
  void startPeriodAfterEndPeriodIsABadRequest() {
    JsonNode problem = problem(api.get(DATA + "all?startPeriod=2005&endPeriod=2004-Q4"), 400);

    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:reversed-periods");
    assertThat(problem.get("parameter").asString()).isEqualTo("startPeriod");
  }

  @Test
  void observationCountsBelowOneOrNotANumberAreBadRequests() {
    assertThat(problem(api.get(DATA + "all?lastNObservations=0"), 400).get("parameter").asString())
        .isEqualTo("lastNObservations");
    assertThat(
            problem(api.get(DATA + "all?firstNObservations=-1"), 400).get("parameter").asString())
        .isEqualTo("firstNObservations");
    assertThat(
            problem(api.get(DATA + "all?lastNObservations=two"), 400).get("parameter").asString())
        .isEqualTo("lastNObservations");
  }

  @Test
  void unsupportedDimensionAtObservationIsABadRequestListingTheSupportedOnes() {
    JsonNode problem = problem(api.get(DATA + "all?dimensionAtObservation=REF_AREA"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("dimensionAtObservation");
    assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
        .containsExactly("TIME_PERIOD", "AllDimensions");
  }

  @Test
  void unsupportedFormatAndUndeclaredParameterAreBadRequests() {
    assertThat(
            problem(api.get(DATA + "all?format=rdf"), 400).get("allowedValues").values().stream()
                .map(JsonNode::asString))
        .containsExactly("csv", "csvfile", "genericdata", "json", "jsondata", "xml");
    assertThat(problem(api.get(DATA + "all?startperiod=2004"), 400).get("parameter").asString())
        .isEqualTo("startperiod");
  }

  @Test
  void detailOtherThanFullIsABadRequest() {
    assertThat(api.get(DATA + "all?detail=full").statusCode()).isEqualTo(200);
    JsonNode problem = problem(api.get(DATA + "all?detail=serieskeysonly"), 400);

    assertThat(problem.get("parameter").asString()).isEqualTo("detail");
    assertThat(problem.get("allowedValues").get(0).asString()).isEqualTo("full");
  }

  @Test
  void unservableAcceptHeaderIsNotAcceptable() {
    HttpResponse<String> response = api.get(DATA + "all", "image/png");

    assertThat(response.statusCode()).isEqualTo(406);
  }

  @Test
  void queryMatchingNothingIsNoResultsFound() {
    for (String query :
        List.of("17_3_2...F.....", "17_3_2..XXX......", "..SLV......?startPeriod=2030")) {
      JsonNode problem = problem(api.get(DATA + query), 404);

      assertThat(problem.get("title").asString()).as(query).isEqualTo("NoResultsFound");
      assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:no-results-found");
    }
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception");
    return json(response);
  }

  private List<Map<String, String>> fromObservationsEndpoint(String indicator) {
    JsonNode page =
        json(api.get("/api/v1/indicators/" + indicator + "/observations?pageSize=10000"));
    List<Map<String, String>> observations = new ArrayList<>();
    for (JsonNode o : page.get("observations")) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("INDICATOR", indicator.replace('.', '_'));
      row.put("SERIES", o.get("series").asString().replace('.', '_'));
      row.put("REF_AREA", o.get("area").asString());
      row.put("SEX", orNotApplicable(o.get("sex")));
      row.put("AGE", orNotApplicable(o.get("age")));
      row.put("ORIGIN", orNotApplicable(o.get("origin")));
      row.put("DESTINATION", orNotApplicable(o.get("destination")));
      row.put("PROVIDER_TYPE", orNotApplicable(o.get("providerType")));
      row.put("POLICY_DOMAIN", orNotApplicable(o.get("policyDomain")));
      row.put("TIME_PERIOD", o.get("period").asString());
      row.put("OBS_VALUE", text(o.get("value")));
      row.put("UNIT_MEASURE", text(o.get("unit")));
      row.put("OBS_STATUS", text(o.get("status")));
      row.put("NATURE", text(o.get("nature")));
      row.put("AGGREGATION_METHOD", text(o.get("aggregationMethod")));
      row.put("COUNTRIES_WITH_DATA", text(o.get("countriesWithData")));
      row.put("COUNTRIES_IN_GROUP", text(o.get("countriesInGroup")));
      row.put("POPULATION_SHARE", text(o.get("populationShare")));
      row.put("COMMENT", text(o.get("footnote")));
      row.put("SOURCE", text(o.get("source")));
      observations.add(row);
    }
    assertThat(observations).isNotEmpty();
    return canonical(observations);
  }

  /**
   * Numbers compared as doubles, whichever notation the format wrote; absent values left out, as
   * SDMX-ML leaves them out.
   */
  private static List<Map<String, String>> canonical(List<Map<String, String>> observations) {
    List<Map<String, String>> canonical = new ArrayList<>();
    for (Map<String, String> observation : observations) {
      Map<String, String> row = new TreeMap<>(observation);
      row.values().removeIf(Objects::isNull);
      for (String numeric : NUMERIC) {
        String value = row.get(numeric);
        if (value != null) {
          row.put(numeric, Double.valueOf(value).toString());
        }
      }
      canonical.add(row);
    }
    return canonical;
  }

  private static List<Map<String, String>> sorted(List<Map<String, String>> observations) {
    return observations.stream().sorted(Comparator.comparing(Map::toString)).toList();
  }

  private static String orNotApplicable(JsonNode value) {
    return value.isNull() ? "_Z" : value.asString();
  }

  private static String text(JsonNode value) {
    return value.isNull() ? null : value.asString();
  }

  private List<Map<String, String>> csv(String path) {
    HttpResponse<String> response = api.get(path, CSV);
    return response.statusCode() == 200 ? SdmxMessageReader.csv(response.body()) : List.of();
  }

  private List<String> areasAndPeriods(String path) {
    return csv(path).stream().map(r -> r.get("REF_AREA") + " " + r.get("TIME_PERIOD")).toList();
  }

  private List<String> providersAndPeriods(String path) {
    return csv(path).stream()
        .map(r -> r.get("PROVIDER_TYPE") + " " + r.get("TIME_PERIOD"))
        .toList();
  }
}
