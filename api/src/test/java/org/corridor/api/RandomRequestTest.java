package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.warehouse.table.GoldTables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random requests to every GET endpoint the OpenAPI document declares, with random subsets of its
 * parameters (and unknown ones), values drawn from the documented examples and allowed values,
 * plausible codes and arbitrary text, and random Accept headers. Whatever the request, the answer
 * is never a server error, and every client error is a problem+json naming its status without a
 * stack trace. The endpoints come from the running server's own document, so a new endpoint is
 * covered as soon as it is documented.
 */
class RandomRequestTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Values a dashboard would send, so that generated requests also reach the query code. */
  private static final List<String> PLAUSIBLE =
      List.of(
          "17.3.2",
          "10.c.1",
          "10.7.1",
          "10.7.2",
          "8.8.1",
          "SLV",
          "GTM",
          "MEX",
          "USA",
          "WLD",
          "M49_013",
          "SDG_419",
          "RCP_COLOMBO",
          "2004",
          "2016",
          "2016-Q4",
          "2030",
          "0",
          "1",
          "10001",
          "-1",
          "F",
          "M",
          "_T",
          "_Z",
          "BANK",
          "json",
          "csv",
          "arrow",
          "sdmx-json",
          "gfmd-2024",
          "2024-06-01T00:00:00Z",
          "CORRIDOR_USD200",
          "A.17_3_2.SLV",
          "CORRIDOR,DF_MIGRATION,1.0",
          "all",
          "TIME_PERIOD",
          "AREA",
          "OPEN_SDG",
          "ESCAP",
          "COUNTRY",
          "AGGREGATE",
          "SLV+GTM",
          "..",
          "",
          ",",
          "value",
          "-period",
          "RT2",
          "19",
          "17.3");

  private static final List<String> ACCEPT =
      List.of(
          "application/json",
          "text/csv",
          "application/vnd.apache.arrow.stream",
          "application/vnd.sdmx.data+json;version=2.0.0",
          "application/vnd.sdmx.data+csv;version=2.0.0",
          "application/vnd.sdmx.genericdata+xml;version=2.1",
          "application/xml",
          "image/png",
          "*/*",
          "text/*;q=0.5, application/json");

  private static Path warehouse;
  private static ConfigurableApplicationContext server;
  private static HttpClient http;
  private static int port;
  private static List<Endpoint> endpoints;

  /** A documented GET operation: its path template and parameters. */
  record Endpoint(
      String path, Map<String, List<String>> pathParameters, Map<String, List<String>> query) {}

  /** A request to send: the path with its segments filled in, a query and an Accept header. */
  record Request(String path, Map<String, String> query, String accept) {
    URI uri() {
      String queryText =
          query.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      return URI.create(
          "http://127.0.0.1:" + port + path + (queryText.isEmpty() ? "" : "?" + queryText));
    }
  }

  @BeforeContainer
  static void startServer() throws IOException {
    warehouse = Files.createTempDirectory("corridor-properties");
    long first =
        GoldTableFixture.in(warehouse)
            .create(
                List.of(
                    GoldRow.of("17.3.2", "SLV", "2004", 18.67)
                        .with("numerator", 2.95e9)
                        .with("denominator", 1.58e10),
                    GoldRow.of("17.3.2", "GTM", "2004", 10.1)
                        .with("numerator", 1.0)
                        .with("denominator", 9.9),
                    GoldRow.of("17.3.2", "WLD", "2004", 0.53)
                        .with("area_kind", "AGGREGATE")
                        .with("aggregation_method", "RATIO_OF_SUMS"),
                    GoldRow.of("10.c.1", "MEX", "2016-Q4", 5.0)
                        .with("series", "CORRIDOR_USD200")
                        .with("origin", "USA")
                        .with("destination", "MEX")
                        .with("provider_type", "BANK"),
                    GoldRow.of("10.7.1", "NPL", "2019", 1.7).with("sex", "F"),
                    GoldRow.of("10.7.2", "SLV", "2019", 2.0).with("series", "CATEGORY")));
    GoldTableFixture.in(warehouse, GoldTables.PROGRESS_ASSESSMENT)
        .create(List.of(GoldRow.progress("17.3.2", "SLV", "OPEN_SDG")));
    GoldTableFixture.in(warehouse, GoldTables.VINTAGE)
        .create(
            List.of(
                GoldRow.vintage(
                    "gfmd-2024",
                    GoldTables.INDICATOR_OBSERVATION.qualifiedName(),
                    first,
                    Instant.parse("2024-06-01T00:00:00Z"))));
    server =
        new SpringApplicationBuilder(CorridorApiApplication.class)
            .run(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--corridor.warehouse=" + warehouse,
                "--corridor.admin.token=property-test-token");
    port = ((WebServerApplicationContext) server).getWebServer().getPort();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    endpoints = documentedGets();
  }

  @AfterContainer
  static void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
    try (Stream<Path> files = Files.walk(warehouse)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Property(tries = 600)
  void noRequestGetsAServerErrorAndEveryClientErrorIsAProblem(@ForAll("requests") Request request) {
    HttpResponse<String> response = send(request);
    int status = response.statusCode();
    Statistics.collect(status / 100 + "xx");
    assertThat(status).as("%s %s", request.uri(), request.accept()).isLessThan(500);
    assertThat(response.body()).as("%s", request.uri()).doesNotContain("\tat ", "Exception");
    if (status >= 400) {
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as("%s %s", request.uri(), request.accept())
          .startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("status").asInt()).isEqualTo(status);
      assertThat(problem.get("title").asString()).isNotBlank();
    }
    // The requests must reach the query code, not only the parameter checks in front of it.
    Statistics.coverage(coverage -> coverage.check("2xx").percentage(p -> p >= 5));
  }

  @Provide
  Arbitrary<Request> requests() {
    return Arbitraries.of(endpoints).flatMap(RandomRequestTest::requestTo);
  }

  private static Arbitrary<Request> requestTo(Endpoint endpoint) {
    List<String> segments = List.copyOf(endpoint.pathParameters().keySet());
    Arbitrary<String> path =
        Combinators.combine(
                segments.stream()
                    .map(
                        name ->
                            value(endpoint.pathParameters().get(name))
                                .filter(value -> !value.isEmpty()))
                    .toList())
            .as(values -> fill(endpoint.path(), segments, values));
    List<String> names = new ArrayList<>(endpoint.query().keySet());
    Arbitrary<Map<String, String>> query =
        names.isEmpty()
            ? Arbitraries.just(Map.of())
            : Arbitraries.subsetOf(names)
                .ofMaxSize(3)
                .flatMap(
                    chosen -> {
                      List<String> ordered = List.copyOf(chosen);
                      return Combinators.combine(
                              ordered.stream()
                                  .map(
                                      name -> value(endpoint.query().getOrDefault(name, List.of())))
                                  .toList())
                          .as(
                              values -> {
                                Map<String, String> parameters = new LinkedHashMap<>();
                                for (int i = 0; i < ordered.size(); i++) {
                                  parameters.put(ordered.get(i), values.get(i));
                                }
                                return parameters;
                              });
                    });
    Arbitrary<Map<String, String>> withUnknown =
        Combinators.combine(query, value(List.of()), Arbitraries.integers().between(1, 10))
            .as(
                (parameters, unknown, draw) -> {
                  if (draw == 1) {
                    Map<String, String> more = new LinkedHashMap<>(parameters);
                    more.put("unknownParameter", unknown);
                    return more;
                  }
                  return parameters;
                });
    Arbitrary<String> accept =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(ACCEPT)));
    return Combinators.combine(path, withUnknown, accept).as(Request::new);
  }

  /** A parameter's value: mostly a documented or plausible one, sometimes anything. */
  private static Arbitrary<String> value(List<String> documented) {
    List<String> known = new ArrayList<>(PLAUSIBLE);
    known.addAll(documented);
    List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
    if (!documented.isEmpty()) {
      choices.add(Tuple.of(12, Arbitraries.of(documented)));
    }
    choices.add(Tuple.of(4, Arbitraries.of(known)));
    choices.add(Tuple.of(2, Arbitraries.strings().ofMaxLength(12)));
    choices.add(Tuple.of(1, Arbitraries.integers().map(String::valueOf)));
    choices.add(Tuple.of(1, Arbitraries.strings().withChars("0123456789-Q,+._A ").ofMaxLength(10)));
    return Arbitraries.frequencyOf(choices);
  }

  private static String fill(String template, List<String> names, List<String> values) {
    String path = template;
    for (int i = 0; i < values.size(); i++) {
      path = path.replace("{" + names.get(i) + "}", encode(values.get(i)));
    }
    return path;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static HttpResponse<String> send(Request request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(30));
    if (!request.accept().isEmpty()) {
      builder.header("Accept", request.accept());
    }
    try {
      return http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The GET operations of the server's OpenAPI document, with their parameters' examples. */
  private static List<Endpoint> documentedGets() {
    HttpResponse<String> response = send(new Request("/v3/api-docs", Map.of(), "application/json"));
    JsonNode paths = JSON.readTree(response.body()).get("paths");
    List<Endpoint> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      JsonNode get = path.getValue().get("get");
      if (get == null) {
        continue;
      }
      Map<String, List<String>> inPath = new LinkedHashMap<>();
      Map<String, List<String>> inQuery = new LinkedHashMap<>();
      for (JsonNode parameter : get.path("parameters")) {
        String name = parameter.get("name").asString();
        switch (parameter.get("in").asString()) {
          case "path" -> inPath.put(name, documentedValues(parameter));
          case "query" -> inQuery.put(name, documentedValues(parameter));
          default -> {
            // Headers such as If-None-Match have properties of their own, not tried here.
          }
        }
      }
      found.add(new Endpoint(path.getKey(), inPath, inQuery));
    }
    assertThat(found).as("documented GET endpoints").hasSizeGreaterThan(20);
    return found;
  }

  private static List<String> documentedValues(JsonNode parameter) {
    List<String> values = new ArrayList<>();
    if (parameter.has("example")) {
      values.add(parameter.get("example").asString());
    }
    JsonNode schema = parameter.path("schema");
    for (JsonNode allowed : schema.path("enum")) {
      values.add(allowed.asString());
    }
    for (JsonNode allowed : schema.path("items").path("enum")) {
      values.add(allowed.asString());
    }
    return values;
  }
}
