package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.api.testing.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A table whose log cannot be read: the API runs, serves nothing, and is not ready. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class UnreadableTableHealthTest {
  @TempDir static Path warehouse;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeAll
  static void writeUnreadableLog() throws IOException {
    Path log = warehouse.resolve("gold/indicator_observation/_delta_log");
    Files.createDirectories(log);
    Files.writeString(log.resolve("00000000000000000000.json"), "not a Delta commit\n");
  }

  @Test
  void anExistingTableNotLoadedIsOutOfServiceForReadinessButAlive() {
    ApiClient api = new ApiClient(port);

    var readiness = api.get("/actuator/health/readiness");
    var liveness = api.get("/actuator/health/liveness");
    JsonNode table = json(api.get("/actuator/health")).get("components").get("observationTable");

    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(json(readiness).get("status").asString()).isEqualTo("OUT_OF_SERVICE");
    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(table.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
    assertThat(table.get("details").get("tableVersion").asLong()).isEqualTo(-1);
  }
}
