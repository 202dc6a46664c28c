package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.corridor.api.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** No corridor.admin.token configured. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AdminDisabledTest {
  @TempDir static Path warehouse;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @Test
  void adminEndpointsAnswer404EvenWithABearerToken() {
    HttpResponse<String> response =
        new ApiClient(port)
            .send("POST", "/api/v1/admin/reload", Map.of("Authorization", "Bearer anything"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).get("type").asString())
        .isEqualTo("urn:corridor:problem:admin-disabled");
  }

  @Test
  void creatingAVintageAnswers404AndCreatesNothing() {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> response =
        api.sendJson(
            "POST",
            "/api/v1/admin/vintages",
            Map.of("Authorization", "Bearer anything"),
            "{\"name\": \"gfmd-2025\"}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("type").asString())
        .isEqualTo("urn:corridor:problem:admin-disabled");
    assertThat(warehouse.resolve("gold")).doesNotExist();
  }
}
