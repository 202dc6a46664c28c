package org.corridor.api.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
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

/** An SDMX answer over the configured size is refused with 413 before any of it is written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SdmxAnswerLimitTest {
  private static final String DATA = "/sdmx/rest/data/CORRIDOR,DF_MIGRATION,1.0/";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    registry.add("corridor.limits.max-observations", () -> "3");
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
  void aQueryOverTheLimitIsRefusedNamingTheKeyAndTheCounts() {
    HttpResponse<String> response = api.get(DATA + "all", "application/vnd.sdmx.data+csv");
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("parameter").asString()).isEqualTo("key");
    assertThat(problem.get("observations").asInt()).isEqualTo(SdmxFixture.ROWS.size());
    assertThat(problem.get("limit").asInt()).isEqualTo(3);
  }

  @Test
  void aNarrowerKeyOrFewerPeriodsBringTheAnswerWithinTheLimit() {
    assertThat(api.get(DATA + "17_3_2........").statusCode()).isEqualTo(413);
    assertThat(api.get(DATA + "17_3_2..SLV......").statusCode()).isEqualTo(200);
    assertThat(api.get(DATA + "17_3_2........?lastNObservations=1").statusCode()).isEqualTo(200);
  }
}
