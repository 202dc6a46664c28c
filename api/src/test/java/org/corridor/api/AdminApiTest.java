package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
class AdminApiTest {
  private static final String RELOAD = "/api/v1/admin/reload";
  private static final String TOKEN = "s3cret-admin-token";

  @TempDir static Path warehouse;
  static GoldTableFixture table;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    // Only the reload endpoint can bring in a new version within the test.
    registry.add("corridor.refresh-interval", () -> "1h");
    registry.add("corridor.admin.token", () -> TOKEN);
  }

  @BeforeAll
  static void writeGoldTable() {
    table = GoldTableFixture.in(warehouse);
    table.create(List.of(GoldRow.of("17.3.2", "SLV", "2004", 18.67)));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void reloadWithTheTokenServesTheNewVersionAtOnce() {
    long appended = table.append(List.of(GoldRow.of("17.3.2", "SLV", "2005", 17.83)));
    String before =
        api.get("/api/v1/indicators/17.3.2/observations")
            .headers()
            .firstValue("X-Corridor-Table-Version")
            .orElseThrow();

    HttpResponse<String> response =
        api.send("POST", RELOAD, Map.of("Authorization", "Bearer " + TOKEN));

    assertThat(before).isEqualTo("0");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("table").asString()).isEqualTo("gold.indicator_observation");
    assertThat(body.get("tableVersion").asLong()).isEqualTo(appended).isEqualTo(1);
    assertThat(body.get("rows").asInt()).isEqualTo(2);
    assertThat(
            api.get("/api/v1/indicators/17.3.2/observations")
                .headers()
                .firstValue("X-Corridor-Table-Version"))
        .hasValue("1");
  }

  @Test
  void aWrongTokenIsUnauthorizedAsAProblem() {
    HttpResponse<String> response =
        api.send("POST", RELOAD, Map.of("Authorization", "Bearer " + TOKEN + "x"));

    assertUnauthorized(response);
  }

  @Test
  void noTokenOrAnotherSchemeIsUnauthorized() {
    assertUnauthorized(api.send("POST", RELOAD, Map.of()));
    assertUnauthorized(api.send("POST", RELOAD, Map.of("Authorization", "Basic " + TOKEN)));
  }

  @Test
  void theOpenApiDocumentDeclaresTheBearerScheme() {
    JsonNode document = json(api.get("/v3/api-docs"));

    JsonNode scheme = document.get("components").get("securitySchemes").get("adminToken");
    assertThat(scheme.get("type").asString()).isEqualTo("http");
    assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
    JsonNode reload = document.get("paths").get(RELOAD).get("post");
    assertThat(reload.get("security").get(0).has("adminToken")).isTrue();
  }

  private static void assertUnauthorized(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"corridor-admin\"");
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:unauthorized");
    assertThat(problem.get("header").asString()).isEqualTo("Authorization");
    assertThat(response.body()).doesNotContain(TOKEN).doesNotContain("Exception");
  }
}
