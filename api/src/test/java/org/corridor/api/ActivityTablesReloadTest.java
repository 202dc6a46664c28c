package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.store.TablePoller;
import org.corridor.api.testing.ApiClient;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The silver activity tables are polled like the gold ones, and their versions tag answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ActivityTablesReloadTest {
  private static final String GFMD = "/api/v1/gfmd/activities";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  @Autowired TablePoller poller;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @Test
  void aNewVersionOfAnActivityTableIsServedAndChangesTheEtag() throws InterruptedException {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> before = api.get(GFMD);
    String etagBefore = before.headers().firstValue("ETag").orElseThrow();
    assertThat(json(before).get("tableVersion").asLong()).isEqualTo(-1);
    assertThat(json(before).get("page").get("totalElements").asLong()).isZero();

    GoldTableFixture.in(warehouse, SilverTables.GFMD_ACTIVITY)
        .create(List.of(ActivityRows.gfmd("GFMD matrix", "RT2-1", "ACTIVITY")));
    poller.refreshNow();
    HttpResponse<String> after = api.send("GET", GFMD, Map.of("If-None-Match", etagBefore));

    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etagBefore);
    assertThat(json(after).get("tableVersion").asLong()).isZero();
    assertThat(json(after).get("activities").get(0).get("recordId").asString()).isEqualTo("RT2-1");
  }
}
