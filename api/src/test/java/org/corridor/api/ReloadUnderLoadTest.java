package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * New versions of the table are committed and reloaded while clients keep asking: no request fails,
 * and every answer is one version whole. Version v of the fixture holds three observations all of
 * value v, so an answer mixing two versions would show two values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ReloadUnderLoadTest {
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";
  private static final String TOKEN = "reload-under-load-token";
  private static final int CLIENTS = 6;
  private static final int VERSIONS = 4;
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir static Path warehouse;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    registry.add("corridor.refresh-interval", () -> "50ms");
    registry.add("corridor.admin.token", () -> TOKEN);
  }

  @Test
  void reloadsWhileClientsAskDropNoRequestAndNeverMixVersions() throws Exception {
    GoldTableFixture table = GoldTableFixture.in(warehouse);
    table.create(rows(0));
    ApiClient api = new ApiClient(port);
    awaitVersion(api, 0);

    AtomicBoolean committing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      running.add(clients.submit(() -> ask(api, committing, answers)));
    }
    for (int version = 1; version < VERSIONS; version++) {
      table.replace(rows(version));
      HttpResponse<String> reload =
          api.send("POST", "/api/v1/admin/reload", Map.of("Authorization", "Bearer " + TOKEN));
      assertThat(reload.statusCode()).isEqualTo(200);
    }
    awaitVersion(api, VERSIONS - 1);
    committing.set(false);
    for (Future<?> client : running) {
      client.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
    clients.shutdown();

    assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(answer).startsWith("200 "));
    assertThat(answers)
        .allSatisfy(
            answer -> {
              String[] parts = answer.split(" ");
              assertThat(parts[2]).as("values of version %s", parts[1]).isEqualTo(parts[1]);
            });
    assertThat(answers.stream().map(answer -> answer.split(" ")[1]).distinct().count())
        .as("versions seen by the clients")
        .isGreaterThan(1);
  }

  /**
   * Asks until the last version is served, recording status, version header and the distinct values
   * of each answer; at most a bounded number of requests.
   */
  private static void ask(
      ApiClient api, AtomicBoolean committing, ConcurrentLinkedQueue<String> answers) {
    for (int request = 0; request < 5_000 && committing.get(); request++) {
      HttpResponse<String> response = api.get(OBSERVATIONS);
      String version = response.headers().firstValue("X-Corridor-Table-Version").orElse("none");
      List<String> values = new ArrayList<>();
      if (response.statusCode() == 200) {
        for (JsonNode observation : json(response).get("observations")) {
          String value = Long.toString((long) observation.get("value").asDouble());
          if (!values.contains(value)) {
            values.add(value);
          }
        }
      }
      answers.add(response.statusCode() + " " + version + " " + String.join(",", values));
    }
  }

  private static List<GoldRow> rows(int version) {
    return List.of(
        GoldRow.of("17.3.2", "SLV", "2004", version),
        GoldRow.of("17.3.2", "SLV", "2005", version),
        GoldRow.of("17.3.2", "GTM", "2004", version));
  }

  private static void awaitVersion(ApiClient api, long version) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!api.get(OBSERVATIONS)
        .headers()
        .firstValue("X-Corridor-Table-Version")
        .orElse("")
        .equals(Long.toString(version))) {
      assertThat(System.nanoTime())
          .as("API still does not serve version %d after %s", version, PATIENCE)
          .isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
