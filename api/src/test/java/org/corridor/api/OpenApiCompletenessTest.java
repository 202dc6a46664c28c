package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.api.testing.ApiClient;
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
 * The OpenAPI document describes every operation fully: a summary and a description, every
 * parameter explained, an example of every answer a client reads and of every error. A dashboard
 * developer works from this document alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OpenApiCompletenessTest {
  /** Media types whose answers are binary or whose examples would be a stream of bytes. */
  private static final Set<String> BINARY =
      Set.of("application/vnd.apache.arrow.stream", "application/pdf");

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private JsonNode paths;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    registry.add("corridor.admin.token", () -> "document-test-token");
  }

  @BeforeEach
  void document() {
    paths = json(new ApiClient(port).get("/v3/api-docs")).get("paths");
  }

  @Test
  void everyOperationHasASummaryAndADescription() {
    List<String> missing = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          if (operation.path("summary").asString("").isBlank()
              || operation.path("description").asString("").isBlank()) {
            missing.add(name);
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyParameterIsExplained() {
    List<String> missing = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("description").asString("").isBlank()) {
              missing.add(name + " " + parameter.get("name").asString());
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyAnswerWithABodyHasAnExample() {
    List<String> missing = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            for (Map.Entry<String, JsonNode> content :
                response.getValue().path("content").properties()) {
              JsonNode media = content.getValue();
              if (!BINARY.contains(content.getKey())
                  && !media.has("example")
                  && media.path("examples").isEmpty()) {
                missing.add(name + " " + response.getKey() + " " + content.getKey());
              }
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
      }
    }
  }
}
