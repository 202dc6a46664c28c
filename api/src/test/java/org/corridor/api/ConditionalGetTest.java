package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ConditionalGetTest {
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";
  private static final String OBSERVATIONS_PATH = "/api/v1/indicators/{code}/observations";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir static Path warehouse;
  static GoldTableFixture table;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    registry.add("corridor.refresh-interval", () -> "100ms");
    registry.add("corridor.cache.max-age", () -> "2m");
  }

  @BeforeAll
  static void writeGoldTable() {
    table = GoldTableFixture.in(warehouse);
    table.create(
        List.of(
            GoldRow.of("17.3.2", "SLV", "2004", 18.67), GoldRow.of("17.3.2", "GTM", "2004", 10.1)));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aRepeatedRequestWithItsEtagAnswers304WithAnEmptyBody() {
    HttpResponse<String> first = api.get(OBSERVATIONS + "?area=SLV");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = conditional(OBSERVATIONS + "?area=SLV", etag);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
  }

  @Test
  void aWeakTagAListContainingTheTagAndAStarAllMatch() {
    String etag = api.get(OBSERVATIONS).headers().firstValue("ETag").orElseThrow();

    assertThat(conditional(OBSERVATIONS, "W/" + etag).statusCode()).isEqualTo(304);
    assertThat(conditional(OBSERVATIONS, "\"other\", " + etag).statusCode()).isEqualTo(304);
    assertThat(conditional(OBSERVATIONS, "*").statusCode()).isEqualTo(304);
    assertThat(conditional(OBSERVATIONS, "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void dataAnswersSayHowLongToCacheAndWhichTableVersionTheyServe() {
    HttpResponse<String> observations = api.get(OBSERVATIONS);
    HttpResponse<String> sdmx = api.get("/sdmx/rest/data/DF_MIGRATION/all?format=csv");

    for (HttpResponse<String> response : List.of(observations, sdmx)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=120, public");
      assertThat(response.headers().firstValue("ETag")).isPresent();
      assertThat(response.headers().allValues("X-Corridor-Table-Version")).hasSize(1);
    }
  }

  @Test
  void differentQueriesAndRepresentationsHaveDifferentTags() {
    String slv = etag(api.get(OBSERVATIONS + "?area=SLV"));
    String gtm = etag(api.get(OBSERVATIONS + "?area=GTM"));
    String csv = etag(api.get(OBSERVATIONS + "?area=SLV", "text/csv"));
    String sortedByValue = etag(api.get(OBSERVATIONS + "?area=SLV&sort=value"));

    assertThat(List.of(slv, gtm, csv, sortedByValue)).doesNotHaveDuplicates();
  }

  @Test
  void reorderedParametersAndListValuesHaveTheSameTag() {
    String one = etag(api.get(OBSERVATIONS + "?from=2000&area=SLV,GTM&pageSize=10"));
    String other = etag(api.get(OBSERVATIONS + "?pageSize=10&area=GTM&area=SLV&from=2000"));

    assertThat(other).isEqualTo(one);
  }

  @Test
  void aTagFromAnOlderTableVersionGetsTheFullAnswer() throws InterruptedException {
    String path = OBSERVATIONS + "?area=GTM";
    String old = etag(api.get(path));
    long appended = table.append(List.of(GoldRow.of("17.3.2", "GTM", "2005", 9.4)));
    awaitVersion(appended);

    HttpResponse<String> response = conditional(path, old);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("2005");
    assertThat(etag(response)).isNotEqualTo(old);
    assertThat(conditional(path, etag(response)).statusCode()).isEqualTo(304);
  }

  @Test
  void withoutConfiguredOriginsNoCorsHeadersAreSent() {
    HttpResponse<String> response =
        api.send("GET", OBSERVATIONS, Map.of("Origin", "https://dashboard.example.org"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void theOpenApiDocumentShowsIfNoneMatchAnd304OnEveryRead() {
    JsonNode paths = json(api.get("/v3/api-docs")).get("paths");

    for (String path : List.of(OBSERVATIONS_PATH, "/sdmx/rest/data/{flowRef}", "/api/v1/areas")) {
      JsonNode get = paths.get(path).get("get");
      assertThat(get.get("parameters").findValuesAsString("name")).contains("If-None-Match");
      assertThat(get.get("responses").has("304")).isTrue();
      assertThat(get.get("responses").get("200").get("headers").propertyNames())
          .contains("ETag", "Cache-Control");
    }
  }

  private HttpResponse<String> conditional(String path, String ifNoneMatch) {
    return api.send("GET", path, Map.of("If-None-Match", ifNoneMatch));
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  /** Polls until the API serves the version, for a bounded time. */
  private void awaitVersion(long version) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!api.get(OBSERVATIONS)
        .headers()
        .firstValue("X-Corridor-Table-Version")
        .orElseThrow()
        .equals(Long.toString(version))) {
      assertThat(System.nanoTime())
          .as("API does not serve version %d after %s", version, PATIENCE)
          .isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
