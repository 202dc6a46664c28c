package org.corridor.api.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * SDMX data queries for a vintage or an instant. Version 0 of the observations (committed
 * 2024-01-01, pinned by gfmd-2024) holds SLV 2003 16.05, SLV 2004 18.67 and GTM 2004 10.1; version
 * 1 (committed 2025-01-01, pinned by gfmd-2025) revised SLV 2004 to 18.9, added SLV 2005 17.83 and
 * withdrew GTM 2004.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SdmxVintageApiTest {
  private static final String DATA = "/sdmx/rest/data/CORRIDOR,DF_MIGRATION,1.0/all";
  private static final String CSV = "application/vnd.sdmx.data+csv;version=2.0.0";
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";
  private static final String OBSERVATION_TABLE = "gold.indicator_observation";

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
                GoldRow.of("17.3.2", "SLV", "2003", 16.05),
                GoldRow.of("17.3.2", "SLV", "2004", 18.9),
                GoldRow.of("17.3.2", "SLV", "2005", 17.83)));
    observations.backdate(first, Instant.parse("2024-01-01T00:00:00Z"));
    observations.backdate(second, Instant.parse("2025-01-01T00:00:00Z"));
    GoldTableFixture.in(warehouse, GoldTables.VINTAGE)
        .create(
            List.of(
                GoldRow.vintage(
                    "gfmd-2024", OBSERVATION_TABLE, first, Instant.parse("2024-05-02T09:30:00Z")),
                GoldRow.vintage(
                    "gfmd-2025",
                    OBSERVATION_TABLE,
                    second,
                    Instant.parse("2025-05-02T09:30:00Z"))));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aVintageAnswersTheSameObservationsAsTheJsonEndpointForThatVintage() {
    HttpResponse<String> sdmx = api.get(DATA + "?vintage=gfmd-2024", CSV);
    HttpResponse<String> observations = api.get(OBSERVATIONS + "?vintage=gfmd-2024");

    assertThat(sdmx.statusCode()).isEqualTo(200);
    assertThat(sdmxValues(sdmx))
        .containsExactly("GTM 2004=10.1", "SLV 2003=16.05", "SLV 2004=18.67")
        .containsExactlyElementsOf(jsonValues(observations));
  }

  @Test
  void aVintageNamesItselfAndThePinnedVersionInTheHeaders() {
    HttpResponse<String> response = api.get(DATA + "?vintage=gfmd-2024", CSV);

    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.headers().firstValue("X-Corridor-Vintage")).hasValue("gfmd-2024");
  }

  @Test
  void withoutAVintageTheLatestVersionIsServedAndSaysSo() {
    HttpResponse<String> response = api.get(DATA, CSV);

    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("1");
    assertThat(response.headers().firstValue("X-Corridor-Vintage")).hasValue("latest");
    assertThat(sdmxValues(response))
        .containsExactly("SLV 2003=16.05", "SLV 2004=18.9", "SLV 2005=17.83");
  }

  @Test
  void asOfAnInstantBetweenTheCommitsAnswersWithTheFirstVersion() {
    HttpResponse<String> response = api.get(DATA + "?asOf=2024-06-01T00:00:00Z", CSV);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Corridor-Table-Version")).hasValue("0");
    assertThat(response.headers().firstValue("X-Corridor-Vintage"))
        .hasValue("2024-06-01T00:00:00Z");
    assertThat(sdmxValues(response))
        .containsExactly("GTM 2004=10.1", "SLV 2003=16.05", "SLV 2004=18.67");
  }

  @Test
  void asOfAnInstantBeforeTheTableExistedFindsNoResults() {
    HttpResponse<String> response = api.get(DATA + "?asOf=2023-01-01T00:00:00Z", CSV);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("type").asString())
        .isEqualTo("urn:corridor:problem:no-results-found");
  }

  @Test
  void theEntityTagDiffersBetweenVintages() {
    String older =
        api.get(DATA + "?vintage=gfmd-2024", CSV).headers().firstValue("ETag").orElseThrow();
    String newer =
        api.get(DATA + "?vintage=gfmd-2025", CSV).headers().firstValue("ETag").orElseThrow();

    assertThat(older).isNotEqualTo(newer);
    assertThat(
            api.send(
                    "GET",
                    DATA + "?vintage=gfmd-2024",
                    Map.of("Accept", CSV, "If-None-Match", older))
                .statusCode())
        .isEqualTo(304);
    assertThat(
            api.send(
                    "GET",
                    DATA + "?vintage=gfmd-2025",
                    Map.of("Accept", CSV, "If-None-Match", older))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void anUnknownVintageIsTheSameProblemAsForObservations() {
    HttpResponse<String> response = api.get(DATA + "?vintage=gfmd-2030", CSV);

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode problem = json(response);
    JsonNode observations = json(api.get(OBSERVATIONS + "?vintage=gfmd-2030"));
    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unknown-vintage");
    assertThat(problem.get("parameter").asString()).isEqualTo("vintage");
    assertThat(problem.get("detail")).isEqualTo(observations.get("detail"));
    assertThat(problem.get("allowedValues")).isEqualTo(observations.get("allowedValues"));
  }

  @Test
  void aVintageAndAnInstantTogetherAreRejected() {
    HttpResponse<String> response =
        api.get(DATA + "?vintage=gfmd-2024&asOf=2024-06-01T00:00:00Z", CSV);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("type").asString())
        .isEqualTo("urn:corridor:problem:conflicting-parameters");
    assertThat(json(response).get("parameter").asString()).isEqualTo("asOf");
  }

  private static List<String> sdmxValues(HttpResponse<String> response) {
    List<String> values = new ArrayList<>();
    for (Map<String, String> row : SdmxMessageReader.csv(response.body())) {
      values.add(row.get("REF_AREA") + " " + row.get("TIME_PERIOD") + "=" + row.get("OBS_VALUE"));
    }
    return values;
  }

  private static List<String> jsonValues(HttpResponse<String> response) {
    List<String> values = new ArrayList<>();
    for (JsonNode o : json(response).get("observations")) {
      values.add(
          o.get("area").asString() + " " + o.get("period").asString() + "=" + o.get("value"));
    }
    return values;
  }
}
