package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.nio.file.Path;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ActuatorTest {
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
                GoldRow.of("17.3.2", "SLV", "2004", 18.67),
                GoldRow.of("17.3.2", "GTM", "2004", 10.1),
                GoldRow.of("10.c.1", "SLV", "2016-Q4", 6.1)));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void healthNamesTheLoadedTableVersionAndItsRows() {
    var response = api.get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = json(response);
    assertThat(health.get("status").asString()).isEqualTo("UP");
    JsonNode table = health.get("components").get("observationTable");
    assertThat(table.get("status").asString()).isEqualTo("UP");
    assertThat(table.get("details").get("table").asString())
        .isEqualTo("gold.indicator_observation");
    assertThat(table.get("details").get("tableVersion").asLong()).isZero();
    assertThat(table.get("details").get("rows").asInt()).isEqualTo(3);
    assertThat(table.get("details").has("committedAt")).isTrue();
  }

  @Test
  void readinessIncludesTheTableAndLivenessAnswers() {
    var readiness = api.get("/actuator/health/readiness");
    var liveness = api.get("/actuator/health/liveness");

    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(json(readiness).get("components").has("observationTable")).isTrue();
    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(json(liveness).get("status").asString()).isEqualTo("UP");
  }

  @Test
  void prometheusExposesStoreRowsAndBytesSnapshotAgeAndRequestLatencyHistograms() {
    api.get("/api/v1/indicators/17.3.2/observations");

    var response = api.get("/actuator/prometheus");

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> lines = response.body().lines().toList();
    assertThat(lines).contains("corridor_store_rows 3.0");
    assertThat(lines).anyMatch(line -> line.startsWith("corridor_store_bytes "));
    assertThat(lines).anyMatch(line -> line.startsWith("corridor_snapshot_age_seconds "));
    assertThat(lines)
        .anyMatch(
            line ->
                line.startsWith("http_server_requests_seconds_bucket{")
                    && line.contains("uri=\"/api/v1/indicators/{code}/observations\""));
  }
}
