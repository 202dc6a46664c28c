package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.conf.Configuration;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.store.KernelSchema;
import org.corridor.api.testing.ApiClient;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;
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

/**
 * POST /api/v1/admin/vintages on a warehouse whose only gold table is the observations, created
 * with SLV 2004 18.67 and no vintage yet; each test creates vintages of its own names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class VintageCreationApiTest {
  private static final String VINTAGES = "/api/v1/admin/vintages";
  private static final String TOKEN = "s3cret-admin-token";
  private static final Map<String, String> AUTHORIZED = Map.of("Authorization", "Bearer " + TOKEN);
  private static final String OBSERVATION_TABLE = "gold.indicator_observation";
  private static final String CENTURY = "interval 36500 days";

  @TempDir static Path warehouse;
  static GoldTableFixture observations;

  @LocalServerPort int port;
  private ApiClient api;
  private final Engine engine = DefaultEngine.create(new Configuration());

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
    // Only the admin endpoints can bring in a new version within the test.
    registry.add("corridor.refresh-interval", () -> "1h");
    registry.add("corridor.admin.token", () -> TOKEN);
  }

  @BeforeAll
  static void writeObservations() {
    observations = GoldTableFixture.in(warehouse);
    observations.create(List.of(GoldRow.of("17.3.2", "SLV", "2004", 18.67)));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aCreatedVintageIsListedAtOnceAndKeepsServingThePinnedVersionAfterAChange() {
    HttpResponse<String> created =
        create("{\"name\": \"gfmd-2025\", \"note\": \"for the summit\"}");
    long pinned = latest(GoldTables.INDICATOR_OBSERVATION).getVersion();
    long changed = observations.append(List.of(GoldRow.of("17.3.2", "SLV", "2005", 17.83)));
    api.send("POST", "/api/v1/admin/reload", AUTHORIZED);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/vintages/gfmd-2025");
    JsonNode body = json(created);
    assertThat(body.get("name").asString()).isEqualTo("gfmd-2025");
    assertThat(body.get("note").asString()).isEqualTo("for the summit");
    assertThat(body.get("tables").propertyNames()).containsExactly(OBSERVATION_TABLE);
    assertThat(body.get("tables").get(OBSERVATION_TABLE).asLong()).isEqualTo(pinned);
    assertThat(changed).isEqualTo(pinned + 1);
    JsonNode listed = listed("gfmd-2025");
    assertThat(listed).isEqualTo(body);
    assertThat(json(api.get("/api/v1/vintages/gfmd-2025"))).isEqualTo(body);

    HttpResponse<String> asPinned =
        api.get("/api/v1/indicators/17.3.2/observations?vintage=gfmd-2025");
    assertThat(asPinned.headers().firstValue("X-Corridor-Table-Version"))
        .hasValue(Long.toString(pinned));
    assertThat(asPinned.headers().firstValue("X-Corridor-Vintage")).hasValue("gfmd-2025");
    assertThat(values(asPinned)).containsExactly("SLV 2004=18.67");
    assertThat(values(api.get("/api/v1/indicators/17.3.2/observations")))
        .containsExactly("SLV 2004=18.67", "SLV 2005=17.83");
  }

  @Test
  void thePinnedTableKeepsItsHistoryForACentury() {
    assertThat(create("{\"name\": \"kept\"}").statusCode()).isEqualTo(201);

    assertThat(latest(GoldTables.INDICATOR_OBSERVATION).getTableProperties())
        .containsEntry("delta.enableExpiredLogCleanup", "false")
        .containsEntry("delta.logRetentionDuration", CENTURY)
        .containsEntry("delta.deletedFileRetentionDuration", CENTURY);
  }

  @Test
  void theVintageTableHasTheSpecsSchemaAndRowsTheApiReadsBack() {
    JsonNode created = json(create("{\"name\": \"schema-check\"}"));

    Snapshot vintages = latest(GoldTables.VINTAGE);
    assertThat(vintages.getSchema()).isEqualTo(KernelSchema.of(GoldTables.VINTAGE));
    assertThat(vintages.getSchema().get("created_at").getDataType().toString())
        .isEqualTo("timestamp");
    assertThat(vintages.getSchema().get("name").isNullable()).isFalse();
    assertThat(vintages.getSchema().get("note").isNullable()).isTrue();
    assertThat(vintages.getPartitionColumnNames()).isEmpty();
    JsonNode listed = listed("schema-check");
    // Written to the microsecond and read back by the API's own reader.
    assertThat(listed.get("createdAt").asString()).isEqualTo(created.get("createdAt").asString());
    assertThat(listed.get("note").isNull()).isTrue();
  }

  @Test
  void aNameIsTakenOnce() {
    assertThat(create("{\"name\": \"once\"}").statusCode()).isEqualTo(201);

    HttpResponse<String> again = create("{\"name\": \"once\", \"note\": \"a second try\"}");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(again);
    assertThat(problem.get("type").asString()).isEqualTo("urn:corridor:problem:vintage-exists");
    assertThat(problem.get("parameter").asString()).isEqualTo("name");
    assertThat(listed("once").get("note").isNull()).isTrue();
  }

  @Test
  void ofTwoCreationsRacingForANameOneWinsAndTheOtherIsAConflict() {
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> create("{\"name\": \"raced\", \"note\": \"1\"}"));
    CompletableFuture<HttpResponse<String>> second =
        CompletableFuture.supplyAsync(() -> create("{\"name\": \"raced\", \"note\": \"2\"}"));

    List<Integer> statuses =
        new ArrayList<>(List.of(first.join().statusCode(), second.join().statusCode()));
    statuses.sort(null);
    assertThat(statuses).containsExactly(201, 409);
    long named = 0;
    for (JsonNode vintage : json(api.get("/api/v1/vintages")).get("vintages")) {
      named += vintage.get("name").asString().equals("raced") ? 1 : 0;
    }
    assertThat(named).isEqualTo(1);
    assertThat(rowsOf("raced")).isEqualTo(1);
  }

  @Test
  void aNameThatIsNotAVintageNameIsABadRequestNamingTheField() {
    HttpResponse<String> upperCase = create("{\"name\": \"GFMD 2025\"}");
    HttpResponse<String> missing = create("{\"note\": \"no name\"}");

    assertThat(upperCase.statusCode()).isEqualTo(400);
    JsonNode problem = json(upperCase);
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:corridor:problem:invalid-vintage-name");
    assertThat(problem.get("parameter").asString()).isEqualTo("name");
    assertThat(problem.get("expected").asString()).isEqualTo("[a-z0-9][a-z0-9._-]*");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).get("parameter").asString()).isEqualTo("name");
  }

  @Test
  void withoutTheTokenNothingIsCreated() {
    HttpResponse<String> response =
        api.sendJson("POST", VINTAGES, Map.of(), "{\"name\": \"sneaky\"}");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("type").asString())
        .isEqualTo("urn:corridor:problem:unauthorized");
    assertThat(api.get("/api/v1/vintages/sneaky").statusCode()).isEqualTo(404);
  }

  @Test
  void theOpenApiDocumentDeclaresTheEndpointBehindTheBearerScheme() {
    JsonNode post = json(api.get("/v3/api-docs")).get("paths").get(VINTAGES).get("post");

    assertThat(post.get("security").get(0).has("adminToken")).isTrue();
    assertThat(post.get("responses").propertyNames()).contains("201", "400", "401", "404", "409");
    assertThat(post.get("requestBody").get("content").has("application/json")).isTrue();
  }

  private HttpResponse<String> create(String body) {
    return api.sendJson("POST", VINTAGES, AUTHORIZED, body);
  }

  private JsonNode listed(String name) {
    for (JsonNode vintage : json(api.get("/api/v1/vintages")).get("vintages")) {
      if (vintage.get("name").asString().equals(name)) {
        return vintage;
      }
    }
    throw new AssertionError(name + " is not listed");
  }

  /** Rows of gold.vintage naming the vintage, one per pinned table, as the API serves them. */
  private long rowsOf(String name) {
    return api.get("/api/v1/vintages?format=csv")
        .body()
        .lines()
        .filter(line -> line.startsWith(name + ","))
        .count();
  }

  private Snapshot latest(TableSpec table) {
    return TableManager.loadSnapshot(warehouse.resolve(table.relativePath()).toString())
        .build(engine);
  }

  private static List<String> values(HttpResponse<String> response) {
    List<String> values = new ArrayList<>();
    for (JsonNode o : json(response).get("observations")) {
      values.add(
          o.get("area").asString() + " " + o.get("period").asString() + "=" + o.get("value"));
    }
    return values;
  }
}
