package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.testing.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AnswerCacheTest {
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";
  private static final String CACHE = "corridor.answers";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  @Autowired MeterRegistry registry;
  private ApiClient api;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    // A 64th of it, 1,024 bytes, is the largest answer kept.
    registry.add("corridor.cache.answers", () -> "64KB");
  }

  @BeforeAll
  static void writeGoldTable() {
    List<GoldRow> rows = new ArrayList<>();
    rows.add(GoldRow.of("17.3.2", "SLV", "2004", 18.67));
    for (int year = 2000; year < 2020; year++) {
      rows.add(GoldRow.of("17.3.2", "GTM", Integer.toString(year), year / 100.0));
    }
    GoldTableFixture.in(warehouse).create(rows);
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aRepeatedRequestGetsTheSameBytesAndHeadersFromTheCache() {
    double hits = hits();

    HttpResponse<String> first = api.get(OBSERVATIONS + "?area=SLV");
    HttpResponse<String> again = api.get(OBSERVATIONS + "?area=SLV");

    assertThat(hits() - hits).isEqualTo(1);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body()).contains("18.67");
    for (String header :
        List.of("ETag", "Content-Type", "Cache-Control", "Vary", "X-Corridor-Table-Version")) {
      assertThat(again.headers().allValues(header))
          .as(header)
          .isNotEmpty()
          .isEqualTo(first.headers().allValues(header));
    }
  }

  @Test
  void theSameQueryWrittenDifferentlyIsOneAnswer() {
    api.get(OBSERVATIONS + "?area=SLV,GTM&from=2004&to=2004");
    double hits = hits();

    HttpResponse<String> reordered = api.get(OBSERVATIONS + "?to=2004&area=GTM&area=SLV&from=2004");

    assertThat(hits() - hits).isEqualTo(1);
    assertThat(reordered.body()).contains("18.67", "20.04");
  }

  @Test
  void aConditionalRequestForAKeptAnswerIsAnswered304() {
    String etag = api.get(OBSERVATIONS + "?area=SLV&to=2010").headers().firstValue("ETag").get();
    double hits = hits();

    HttpResponse<String> conditional =
        api.send("GET", OBSERVATIONS + "?area=SLV&to=2010", Map.of("If-None-Match", etag));

    assertThat(hits() - hits).isEqualTo(1);
    assertThat(conditional.statusCode()).isEqualTo(304);
    assertThat(conditional.body()).isEmpty();
    assertThat(conditional.headers().firstValue("ETag")).hasValue(etag);
  }

  @Test
  void errorsAreComputedEveryTime() {
    double hits = hits();

    HttpResponse<String> first = api.get(OBSERVATIONS + "?from=20x4");
    HttpResponse<String> again = api.get(OBSERVATIONS + "?from=20x4");

    assertThat(hits() - hits).isZero();
    assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(400);
    assertThat(again.body()).isEqualTo(first.body()).contains("\"parameter\":\"from\"");
  }

  @Test
  void anAnswerLargerThanA64thOfTheCacheIsSentWholeButNotKept() {
    double hits = hits();

    HttpResponse<String> first = api.get(OBSERVATIONS + "?area=GTM");
    HttpResponse<String> again = api.get(OBSERVATIONS + "?area=GTM");

    assertThat(first.body().length()).isGreaterThan(1024);
    assertThat(again.body()).isEqualTo(first.body()).contains("20.19");
    assertThat(hits() - hits).isZero();
  }

  @Test
  void requestMetricsNameTheEndpointOfAnAnswerFromTheCache() throws InterruptedException {
    String path = OBSERVATIONS + "?area=SLV&from=2000";
    double before = requestsTo("/api/v1/indicators/{code}/observations");

    api.get(path);
    api.get(path);

    // A request is timed once its answer is sent, so the client may read it a little earlier.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (requestsTo("/api/v1/indicators/{code}/observations") - before < 2
        && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    assertThat(requestsTo("/api/v1/indicators/{code}/observations") - before).isEqualTo(2);
    assertThat(registry.find("http.server.requests").tag("uri", "UNKNOWN").timer()).isNull();
  }

  private double hits() {
    return registry
        .get("cache.gets")
        .tag("cache", CACHE)
        .tag("result", "hit")
        .functionCounter()
        .count();
  }

  private double requestsTo(String uri) {
    return registry
        .find("http.server.requests")
        .tag("uri", uri)
        .tag("status", "200")
        .timers()
        .stream()
        .mapToLong(Timer::count)
        .sum();
  }
}
