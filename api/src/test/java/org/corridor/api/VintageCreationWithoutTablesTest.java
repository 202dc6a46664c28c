package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.api.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** An admin token configured, and a warehouse the ETL has not filled yet. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class VintageCreationWithoutTablesTest {
  private static final String TOKEN = "s3cret-admin-token";

  @TempDir static Path warehouse;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    registry.add("corridor.admin.token", () -> TOKEN);
  }

  @Test
  void aVintageOfNoGoldTableIsAConflictNamingTheTablesToBuildFirst() {
    HttpResponse<String> response =
        new ApiClient(port)
            .sendJson(
                "POST",
                "/api/v1/admin/vintages",
                Map.of("Authorization", "Bearer " + TOKEN),
                "{\"name\": \"gfmd-2025\"}");

    assertThat(response.statusCode()).isEqualTo(409);
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:nothing-to-pin");
    List<String> tables = new ArrayList<>();
    problem.get("tables").forEach(table -> tables.add(table.asString()));
    assertThat(tables).containsExactly("gold.indicator_observation", "gold.progress_assessment");
    assertThat(problem.get("detail").asString()).contains("run the ETL");
    assertThat(warehouse.resolve("gold")).doesNotExist();
  }
}
