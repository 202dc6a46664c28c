package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridor.api.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class CorsTest {
  private static final String DASHBOARD = "https://dashboard.example.org";
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    registry.add("corridor.cors.allowed-origins", () -> DASHBOARD + ",https://other.example.org");
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aPreflightFromAnAllowedOriginMayGetWithIfNoneMatch() {
    HttpResponse<String> response = preflight(OBSERVATIONS, DASHBOARD, "GET");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,HEAD");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .isEqualToIgnoringCase("If-None-Match");
  }

  @Test
  void aPreflightFromAnotherOriginIsRefusedWithoutCorsHeaders() {
    HttpResponse<String> response = preflight(OBSERVATIONS, "https://evil.example.com", "GET");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aPreflightForAnythingButReadingIsRefused() {
    HttpResponse<String> response = preflight("/sdmx/rest/dataflow", DASHBOARD, "DELETE");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aGetFromAnAllowedOriginMayReadTheTagTableVersionAndVintage() {
    HttpResponse<String> response =
        api.send("GET", "/sdmx/rest/dataflow", Map.of("Origin", DASHBOARD));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
        .hasValue("ETag, X-Corridor-Table-Version, X-Corridor-Vintage");
    assertThat(response.headers().allValues("Vary")).contains("Accept");
  }

  @Test
  void eachOriginGetsItsOwnCorsHeadersWhenTheAnswerComesFromTheCache() {
    String other = "https://other.example.org";

    for (int round = 0; round < 2; round++) {
      for (String origin : List.of(DASHBOARD, other)) {
        HttpResponse<String> response =
            api.send("GET", "/sdmx/rest/dataflow", Map.of("Origin", origin));

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
      }
    }
    assertThat(api.get("/sdmx/rest/dataflow").headers().firstValue("Access-Control-Allow-Origin"))
        .isEmpty();
  }

  private HttpResponse<String> preflight(String path, String origin, String method) {
    return api.send(
        "OPTIONS",
        path,
        Map.of(
            "Origin",
            origin,
            "Access-Control-Request-Method",
            method,
            "Access-Control-Request-Headers",
            "if-none-match"));
  }
}
