package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TableReloadTest {
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir static Path warehouse;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    registry.add("corridor.refresh-interval", () -> "100ms");
  }

  @Test
  void servesEachNewVersionOfTheTableOnceCommitted() throws InterruptedException {
    ApiClient api = new ApiClient(port);
    assertThat(json(api.get(OBSERVATIONS)).get("tableVersion").asLong()).isEqualTo(-1);
    GoldTableFixture table = GoldTableFixture.in(warehouse);

    long created = table.create(List.of(GoldRow.of("17.3.2", "SLV", "2004", 18.67)));
    JsonNode first = awaitVersion(api, created);
    long appended = table.append(List.of(GoldRow.of("17.3.2", "SLV", "2005", 17.83)));
    JsonNode second = awaitVersion(api, appended);

    assertThat(created).isZero();
    assertThat(periodsAndValues(first)).containsExactly("2004=18.67");
    assertThat(appended).isEqualTo(1);
    assertThat(periodsAndValues(second)).containsExactly("2004=18.67", "2005=17.83");
  }

  /** Polls until the API answers from the version, for a bounded time. */
  private static JsonNode awaitVersion(ApiClient api, long version) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      HttpResponse<String> response = api.get(OBSERVATIONS);
      String served = response.headers().firstValue("X-Corridor-Table-Version").orElseThrow();
      if (served.equals(Long.toString(version))) {
        return json(response);
      }
      assertThat(System.nanoTime())
          .as("API still serves version %s, not %d, after %s", served, version, PATIENCE)
          .isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private static List<String> periodsAndValues(JsonNode body) {
    List<String> values = new ArrayList<>();
    for (JsonNode observation : body.get("observations")) {
      values.add(observation.get("period").asString() + "=" + observation.get("value").asDouble());
    }
    return values;
  }
}
