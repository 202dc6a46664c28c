package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.testing.ApiClient;
import org.corridor.warehouse.table.GoldTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The progress assessments and the vintages are polled like the observations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GoldTablesReloadTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir static Path warehouse;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    registry.add("corridor.refresh-interval", () -> "100ms");
  }

  @Test
  void tablesCreatedWhileTheApiRunsAreServedOnceCommitted() throws InterruptedException {
    ApiClient api = new ApiClient(port);
    assertThat(json(api.get("/api/v1/vintages")).get("count").asInt()).isZero();
    assertThat(json(api.get("/api/v1/progress")).get("tableVersion").asLong()).isEqualTo(-1);

    GoldTableFixture.in(warehouse, GoldTables.PROGRESS_ASSESSMENT)
        .create(List.of(GoldRow.progress("10.c.1", "SLV", "ESCAP")));
    GoldTableFixture.in(warehouse, GoldTables.VINTAGE)
        .create(
            List.of(
                GoldRow.vintage(
                    "q1", GoldTables.PROGRESS_ASSESSMENT.qualifiedName(), 0, Instant.now())));
    HttpResponse<String> progress = awaitVersion(api, "/api/v1/progress", 0);
    HttpResponse<String> vintages = awaitVersion(api, "/api/v1/vintages", 0);

    assertThat(json(progress).get("assessments").get(0).get("method").asString())
        .isEqualTo("ESCAP");
    assertThat(json(vintages).get("vintages").get(0).get("name").asString()).isEqualTo("q1");
    assertThat(api.get("/api/v1/progress?vintage=q1").statusCode()).isEqualTo(200);
  }

  /** Polls until the answer's tableVersion is the version, for a bounded time. */
  private static HttpResponse<String> awaitVersion(ApiClient api, String path, long version)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      HttpResponse<String> response = api.get(path);
      long served = json(response).get("tableVersion").asLong();
      if (served == version) {
        return response;
      }
      assertThat(System.nanoTime())
          .as("%s still answers version %d, not %d, after %s", path, served, version, PATIENCE)
          .isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
