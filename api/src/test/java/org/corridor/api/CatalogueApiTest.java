package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.corridor.api.testing.ApiClient;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
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
class CatalogueApiTest {
  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void listsEveryIndicatorOfTheCatalogueWithItsVersion() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.load();

    HttpResponse<String> response = api.get("/api/v1/indicators");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = json(response);
    assertThat(body.get("catalogueVersion").asString()).isEqualTo(catalogue.version());
    assertThat(body.get("indicators").values().stream().map(i -> i.get("code").asString()))
        .containsExactlyElementsOf(catalogue.all().stream().map(Indicator::code).toList());
  }

  @Test
  void answersOneIndicatorByCode() {
    JsonNode indicator = json(api.get("/api/v1/indicators/17.3.2"));

    assertThat(indicator.get("code").asString()).isEqualTo("17.3.2");
    assertThat(indicator.get("name").asString())
        .isEqualTo("Volume of remittances (in United States dollars) as a proportion of total GDP");
    assertThat(indicator.get("sdgTargets").get(0).asString()).isEqualTo("17.3");
    assertThat(indicator.get("gcmObjectives").values().stream().map(JsonNode::asInt))
        .containsExactly(19, 20);
    assertThat(indicator.get("unit").asString()).isEqualTo("PERCENT_GDP");
    assertThat(indicator.get("unitLabel").asString()).isEqualTo("% of GDP");
    assertThat(indicator.get("custodian").asString()).isEqualTo("World Bank");
    assertThat(indicator.get("aggregation").asString()).isEqualTo("RATIO_OF_SUMS");
    assertThat(indicator.get("direction").asString()).isEqualTo("INCREASE");
    assertThat(indicator.get("status").asString()).isEqualTo("COMPUTED");
    assertThat(indicator.get("target").isNull()).isTrue();
    assertThat(indicator.has("sourceTables")).isFalse();
  }

  @Test
  void indicatorWithATargetAnswersItsValueYearAndStatement() {
    JsonNode target = json(api.get("/api/v1/indicators/10.c.1")).get("target");

    assertThat(target.get("value").asDouble()).isEqualTo(3.0);
    assertThat(target.get("year").asInt()).isEqualTo(2030);
    assertThat(target.get("statement").asString()).startsWith("By 2030, reduce to less than 3");
  }

  @Test
  void openApiDocumentDescribesTheEndpointsWithExamples() {
    HttpResponse<String> response = api.get("/v3/api-docs");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode document = json(response);
    assertThat(document.get("info").get("title").asString()).isEqualTo("Corridor API");
    JsonNode paths = document.get("paths");
    assertThat(paths.propertyNames())
        .contains(
            "/api/v1/indicators",
            "/api/v1/indicators/{code}",
            "/api/v1/indicators/{code}/observations");
    JsonNode observations = paths.get("/api/v1/indicators/{code}/observations").get("get");
    assertThat(observations.get("summary").asString()).isEqualTo("Get an indicator's observations");
    assertThat(observations.get("responses").get("200").get("content").propertyNames())
        .contains("application/json", "text/csv");
    assertThat(
            observations
                .get("responses")
                .get("200")
                .get("content")
                .get("application/json")
                .get("examples")
                .propertyNames())
        .containsExactly("17.3.2");
  }

  @Test
  void swaggerUiIsServed() {
    HttpResponse<String> redirect = api.get("/swagger-ui.html");
    HttpResponse<String> page = api.get("/swagger-ui/index.html");

    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Swagger UI");
  }
}
