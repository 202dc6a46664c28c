package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

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
 * Breakdown filters, latest periods and ordering of observations, over 10.c.1 rows: the USA to
 * Mexico corridor in three quarters (5.0, 4.5, 4.0), Spain to Mexico in one (6.0), and Mexico as a
 * receiving country over all providers (4.8) and over banks (7.0); and 10.7.1 by sex.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ObservationFilterApiTest {
  private static final String COST = "/api/v1/indicators/10.c.1/observations";

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
                corridor("USA", "2019-Q4", 5.0),
                corridor("USA", "2020-Q1", 4.5),
                corridor("USA", "2020-Q2", 4.0),
                corridor("ESP", "2020-Q2", 6.0),
                receiving(null, 4.8),
                receiving("BANK", 7.0),
                recruitment("F", 1.7),
                recruitment("M", 2.2),
                recruitment("_T", 1.3)));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void seriesAndCorridorFiltersKeepOnlyTheirObservations() {
    assertThat(values(COST + "?series=CORRIDOR_USD200&origin=USA")).containsExactly(5.0, 4.5, 4.0);
    assertThat(values(COST + "?destination=MEX&origin=ESP,USA&from=2020&sort=-value"))
        .containsExactly(6.0, 4.5, 4.0);
  }

  @Test
  void notApplicableAsksForTheFigureWithoutThatBreakdown() {
    assertThat(values(COST + "?series=RECEIVING_USD200&providerType=_Z")).containsExactly(4.8);
    assertThat(values(COST + "?series=RECEIVING_USD200&providerType=BANK")).containsExactly(7.0);
  }

  @Test
  void latestKeepsTheMostRecentPeriodsOfEachSeries() {
    JsonNode body = json(api.get(COST + "?series=CORRIDOR_USD200&latest=1"));
    List<String> corridors = new ArrayList<>();
    for (JsonNode observation : body.get("observations")) {
      corridors.add(
          observation.get("origin").asString() + " " + observation.get("period").asString());
    }
    assertThat(corridors).containsExactlyInAnyOrder("ESP 2020-Q2", "USA 2020-Q2");
    assertThat(values(COST + "?origin=USA&latest=2&sort=period")).containsExactly(4.5, 4.0);
  }

  @Test
  void sortsByValueEitherWayAndByPeriod() {
    assertThat(values("/api/v1/indicators/10.7.1/observations?sort=value"))
        .containsExactly(1.3, 1.7, 2.2);
    assertThat(values("/api/v1/indicators/10.7.1/observations?sort=-value&sex=F,M"))
        .containsExactly(2.2, 1.7);
    assertThat(values(COST + "?origin=USA&sort=-period")).containsExactly(4.0, 4.5, 5.0);
  }

  @Test
  void badFilterValuesAreProblemsNamingTheParameter() {
    JsonNode sex = json(api.get("/api/v1/indicators/10.7.1/observations?sex=X"));
    assertThat(sex.get("status").asInt()).isEqualTo(400);
    assertThat(sex.get("parameter").asString()).isEqualTo("sex");
    assertThat(sex.get("allowedValues").toString()).contains("\"F\"", "\"_Z\"");
    JsonNode latest = json(api.get(COST + "?latest=0"));
    assertThat(latest.get("parameter").asString()).isEqualTo("latest");
    JsonNode sort = json(api.get(COST + "?sort=size"));
    assertThat(sort.get("parameter").asString()).isEqualTo("sort");
    assertThat(sort.get("allowedValues").size()).isEqualTo(6);
  }

  private List<Double> values(String path) {
    JsonNode body = json(api.get(path));
    List<Double> values = new ArrayList<>();
    for (JsonNode observation : body.get("observations")) {
      values.add(observation.get("value").asDouble());
    }
    return values;
  }

  private static GoldRow corridor(String origin, String quarter, double cost) {
    return GoldRow.of("10.c.1", "MEX", quarter, cost)
        .with("series", "CORRIDOR_USD200")
        .with("unit", "PERCENT_AMOUNT")
        .with("origin", origin)
        .with("destination", "MEX");
  }

  private static GoldRow receiving(String providerType, double cost) {
    return GoldRow.of("10.c.1", "MEX", "2020-Q2", cost)
        .with("series", "RECEIVING_USD200")
        .with("unit", "PERCENT_AMOUNT")
        .with("provider_type", providerType);
  }

  private static GoldRow recruitment(String sex, double months) {
    return GoldRow.of("10.7.1", "NPL", "2019", months)
        .with("series", "MEAN")
        .with("unit", "MONTHS_EARNINGS")
        .with("sex", sex)
        .with("origin", "NPL")
        .with("destination", "QAT");
  }
}
