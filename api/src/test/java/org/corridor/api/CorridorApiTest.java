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

/**
 * Mexicans in the United States (MEX-USA): remittances they send from the USA to MEX, and figures
 * about them; beside them, the reverse corridor and corridors to Canada, which must not leak in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class CorridorApiTest {
  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeAll
  static void writeCorridors() {
    GoldTableFixture.in(warehouse)
        .create(
            List.of(
                remittance("10.c.1", "USA", "MEX", "2023-Q4", 4.3)
                    .with("series", "CORRIDOR_USD200"),
                remittance("10.c.1", "MEX", "USA", "2023-Q4", 6.0)
                    .with("series", "CORRIDOR_USD200"),
                remittance("10.c.1.SMART", "USA", "MEX", "2023", 3.1),
                remittance("GCM20.BILATERAL_REMITTANCES", "USA", "MEX", "2021", 5.4e10),
                GoldRow.of("10.7.1", "MEX", "2019", 1.5)
                    .with("origin", "MEX")
                    .with("destination", "USA")
                    .with("sex", "_T"),
                GoldRow.of("10.7.1", "MEX", "2019", 2.0)
                    .with("origin", "MEX")
                    .with("destination", "CAN")
                    .with("sex", "_T"),
                GoldRow.of("GCM21.RETURNS", "USA", "2022", 120)
                    .with("origin", "MEX")
                    .with("destination", "USA"),
                GoldRow.of("LABOUR.MIGRANT_WORKERS", "USA", "2020", 5000).with("origin", "MEX"),
                GoldRow.of("LABOUR.MIGRANT_WORKERS", "CAN", "2020", 80).with("origin", "MEX"),
                GoldRow.of("17.3.2", "MEX", "2004", 2.4)));
  }

  /** A remittance figure as the gold table holds it: origin sends, destination receives. */
  private static GoldRow remittance(
      String indicator, String sending, String receiving, String period, double value) {
    return GoldRow.of(indicator, receiving, period, value)
        .with("origin", sending)
        .with("destination", receiving);
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aCorridorHoldsTheMigrantsFiguresAndTheRemittancesTheySendHome() {
    HttpResponse<String> response = api.get("/api/v1/corridors/MEX-USA");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.headers().firstValue("X-Corridor-Vintage")).hasValue("latest");
    JsonNode body = json(response);
    assertThat(body.get("origin").asString()).isEqualTo("MEX");
    assertThat(body.get("destination").asString()).isEqualTo("USA");
    assertThat(groups(body))
        .containsExactly(
            "10.c.1 REMITTANCES USA->MEX [4.3]",
            "10.c.1.SMART REMITTANCES USA->MEX [3.1]",
            "GCM20.BILATERAL_REMITTANCES REMITTANCES USA->MEX [5.4E10]",
            "LABOUR.MIGRANT_WORKERS MIGRANTS MEX->USA [5000.0]",
            "10.7.1 MIGRANTS MEX->USA [1.5]",
            "GCM21.RETURNS MIGRANTS MEX->USA [120.0]");
  }

  @Test
  void observationsKeepTheGoldTablesOriginAndDestination() {
    JsonNode price =
        json(api.get("/api/v1/corridors/MEX-USA"))
            .get("indicators")
            .get(0)
            .get("observations")
            .get(0);

    assertThat(price.get("origin").asString()).isEqualTo("USA");
    assertThat(price.get("destination").asString()).isEqualTo("MEX");
    assertThat(price.get("series").asString()).isEqualTo("CORRIDOR_USD200");
    assertThat(price.get("period").asString()).isEqualTo("2023-Q4");
  }

  @Test
  void theReverseCorridorHoldsTheRemittancesSentTheOtherWay() {
    assertThat(groups(json(api.get("/api/v1/corridors/USA-MEX"))))
        .containsExactly(
            "10.c.1 REMITTANCES MEX->USA [6.0]",
            "10.c.1.SMART REMITTANCES MEX->USA []",
            "GCM20.BILATERAL_REMITTANCES REMITTANCES MEX->USA []",
            "LABOUR.MIGRANT_WORKERS MIGRANTS USA->MEX []",
            "10.7.1 MIGRANTS USA->MEX []",
            "GCM21.RETURNS MIGRANTS USA->MEX []");
  }

  @Test
  void anotherDestinationHoldsOnlyItsOwnFigures() {
    assertThat(groups(json(api.get("/api/v1/corridors/MEX-CAN"))))
        .containsExactly(
            "10.c.1 REMITTANCES CAN->MEX []",
            "10.c.1.SMART REMITTANCES CAN->MEX []",
            "GCM20.BILATERAL_REMITTANCES REMITTANCES CAN->MEX []",
            "LABOUR.MIGRANT_WORKERS MIGRANTS MEX->CAN [80.0]",
            "10.7.1 MIGRANTS MEX->CAN [2.0]",
            "GCM21.RETURNS MIGRANTS MEX->CAN []");
  }

  @Test
  void servesCsvWithTheIndicatorFirst() {
    HttpResponse<String> response = api.get("/api/v1/corridors/USA-MEX?format=csv");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(response.body().lines())
        .containsExactly(
            "indicator,series,area,areaKind,period,sex,age,origin,destination,providerType,"
                + "policyDomain,value,numerator,denominator,unit,status,nature,aggregationMethod,"
                + "countriesWithData,countriesInGroup,populationShare,footnote,source",
            "10.c.1,CORRIDOR_USD200,USA,COUNTRY,2023-Q4,,,MEX,USA,,,6.0,,,PERCENT_GDP,A,C,NONE,,,,,"
                + "World Bank WDI");
  }

  @Test
  void aMalformedCorridorIsRejectedWithTheExpectedForm() {
    for (String corridor : List.of("MEX", "mex-usa", "MEX-USA-CAN", "MEXUSA", "MX-USA")) {
      HttpResponse<String> response = api.get("/api/v1/corridors/" + corridor);

      assertThat(response.statusCode()).as(corridor).isEqualTo(400);
      JsonNode problem = json(response);
      assertThat(problem.get("type").asString())
          .isEqualTo("urn:corridor:problem:malformed-parameter");
      assertThat(problem.get("parameter").asString()).isEqualTo("corridor");
      assertThat(problem.get("expected").asString()).contains("MEX-USA");
    }
  }

  @Test
  void unknownCountriesAreNamedAndAnAggregateIsNotACountry() {
    HttpResponse<String> response = api.get("/api/v1/corridors/XXX-WLD");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json(response);
    assertThat(problem.get("parameter").asString()).isEqualTo("corridor");
    assertThat(texts(problem.get("unknownValues"))).containsExactly("XXX", "WLD");
  }

  @Test
  void anUnknownVintageIsNotFound() {
    HttpResponse<String> response = api.get("/api/v1/corridors/MEX-USA?vintage=gfmd-2025");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("parameter").asString()).isEqualTo("vintage");
  }

  private static List<String> groups(JsonNode body) {
    List<String> groups = new ArrayList<>();
    for (JsonNode group : body.get("indicators")) {
      List<String> values = new ArrayList<>();
      group.get("observations").forEach(o -> values.add(o.get("value").toString()));
      groups.add(
          group.get("indicator").asString()
              + " "
              + group.get("flow").asString()
              + " "
              + group.get("from").asString()
              + "->"
              + group.get("to").asString()
              + " "
              + values.toString().replace(", ", ","));
    }
    return groups;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asString()));
    return texts;
  }
}
