package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.testing.ApiClient;
import org.corridor.api.testing.PdfPages;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * The 2025 report of vintage gfmd-2025, which pins version 0 of the observations: world 10.c.1
 * (RECEIVING_USD200) 6.8 in 2022, 6.5 in 2023, 6.2 in 2024 and 5.0 in 2026, after the report's
 * year; Sub-Saharan Africa 8.1 and Latin America 5.9 in 2024; four corridors in 2024 (ZAF to ZWE
 * 9.4, GBR to NGA 6.6, USA to SLV 4.1, USA to GTM 3.2) and a 2023 corridor. Version 1, which no
 * vintage pins, revises the world's 2024 value to 6.0. The world's OPEN_SDG assessment needs
 * acceleration. MIDSA reported two activities and gave no example for one; roundtable RT2 has two
 * GFMD activities and one practice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ProgressReportApiTest {
  private static final String REPORT = "/api/v1/reports/progress/2025?vintage=gfmd-2025";
  private static final String SERIES = "RECEIVING_USD200";
  private static final String CORRIDORS = "CORRIDOR_USD200";
  private static final Instant CREATED = Instant.parse("2025-05-02T09:30:00Z");

  /** The chapter of SDG target 10.c; 10.c.1 is shown again under GCM objective 20. */
  private static final String TARGET_10C = "//section[h2[starts-with(., 'SDG target 10.c:')]]";

  @TempDir static Path warehouse;
  @TempDir Path pages;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeAll
  static void writeVintage() {
    GoldTableFixture observations = GoldTableFixture.in(warehouse);
    List<GoldRow> others =
        List.of(
            world("2022", 6.8),
            world("2023", 6.5),
            world("2026", 5.0),
            region("SDG_202", 8.1),
            region("SDG_419", 5.9),
            corridor("ZAF", "ZWE", "2024", 9.4),
            corridor("GBR", "NGA", "2024", 6.6),
            corridor("USA", "SLV", "2024", 4.1),
            corridor("USA", "GTM", "2024", 3.2),
            corridor("USA", "MEX", "2023", 12.0));
    List<GoldRow> first = new ArrayList<>(others);
    first.add(world("2024", 6.2).with("footnote", "Mean over 3 receiving countries."));
    long pinned = observations.create(first);
    List<GoldRow> revised = new ArrayList<>(others);
    revised.add(world("2024", 6.0));
    observations.replace(revised);
    long progress =
        GoldTableFixture.in(warehouse, GoldTables.PROGRESS_ASSESSMENT)
            .create(
                List.of(
                    GoldRow.progress("10.c.1", "WLD", "OPEN_SDG")
                        .with("series", SERIES)
                        .with("baseline_value", 7.0)
                        .with("latest_period", "2024")
                        .with("latest_value", 6.2)
                        .with("target_value", 3.0)
                        .with("ratio", 0.3)
                        .with("category", "LIMITED_PROGRESS")
                        .with("thresholds", "R >= 0.95 on track"),
                    GoldRow.progress("10.c.1", "WLD", "ESCAP")
                        .with("series", SERIES)
                        .with("category", "ACCELERATION_NEEDED")));
    GoldTableFixture.in(warehouse, GoldTables.VINTAGE)
        .create(
            List.of(
                GoldRow.vintage("gfmd-2025", "gold.indicator_observation", pinned, CREATED),
                GoldRow.vintage("gfmd-2025", "gold.progress_assessment", progress, CREATED)));
    GoldTableFixture.in(warehouse, SilverTables.RCP_ACTIVITY)
        .create(
            List.of(
                ActivityRows.rcp("annex", "MIDSA", "research", 1, "REPORTED"),
                ActivityRows.rcp("annex", "MIDSA", "research", 2, "REPORTED"),
                ActivityRows.rcp("annex", "MIDSA", "link_to_gfmd", 1, "NO_EXAMPLE_PROVIDED")));
    GoldTableFixture.in(warehouse, SilverTables.GFMD_ACTIVITY)
        .create(
            List.of(
                ActivityRows.gfmd("matrix", "RT2-1", "ACTIVITY").with("roundtable", "RT2"),
                ActivityRows.gfmd("matrix", "RT2-2", "ACTIVITY").with("roundtable", "RT2"),
                ActivityRows.gfmd("practices", "P-1", "PRACTICE").with("roundtable", "RT2")));
  }

  private static GoldRow aggregate(String area, String series, String period, double value) {
    return GoldRow.of("10.c.1", area, period, value)
        .with("series", series)
        .with("area_kind", "AGGREGATE")
        .with("unit", "PERCENT_AMOUNT")
        .with("aggregation_method", "MEAN_OF_UNITS")
        .with("countries_with_data", 3)
        .with("countries_in_group", 193)
        .with("source", "World Bank RPW");
  }

  private static GoldRow world(String period, double value) {
    return aggregate("WLD", SERIES, period, value);
  }

  private static GoldRow region(String area, double value) {
    return aggregate(area, SERIES, "2024", value);
  }

  private static GoldRow corridor(String sending, String receiving, String period, double cost) {
    return GoldRow.of("10.c.1", receiving, period, cost)
        .with("series", CORRIDORS)
        .with("origin", sending)
        .with("destination", receiving)
        .with("unit", "PERCENT_AMOUNT")
        .with("source", "World Bank RPW");
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void theLatestWorldValueUpToTheYearIsTheOneTheVintageServes() {
    Document report = html(api.get(REPORT));

    String shown =
        text(report, TARGET_10C + "//table[@class='global-values']/tr[td[1]='" + SERIES + "']/td");
    assertThat(shown).isEqualTo(SERIES + " 2024 6.20 MEAN_OF_UNITS 3 of 193 countries");
    JsonNode served =
        rows(api.get(
                "/api/v1/indicators/10.c.1/observations?area=WLD&series="
                    + SERIES
                    + "&vintage=gfmd-2025"))
            .get(2);
    assertThat(served.get("period").asString()).isEqualTo("2024");
    assertThat(figure(served.get("value").asDouble())).isEqualTo("6.20");
  }

  @Test
  void regionalValuesAreTheSdgRegionsServedValues() {
    Document report = html(api.get(REPORT));

    assertThat(values(report, TARGET_10C + "//td[contains(@class,'regional-value')]"))
        .containsExactly("8.10", "5.90");
    JsonNode served =
        rows(api.get(
                "/api/v1/indicators/10.c.1/observations?area=SDG_202&series="
                    + SERIES
                    + "&vintage=gfmd-2025"))
            .get(0);
    assertThat(figure(served.get("value").asDouble())).isEqualTo("8.10");
  }

  @Test
  void progressCategoriesNameTheirMethod() {
    Document report = html(api.get(REPORT));

    assertThat(values(report, TARGET_10C + "//table[@class='progress']/tr/td[2]"))
        .containsExactly("ESCAP", "OPEN_SDG");
    assertThat(values(report, TARGET_10C + "//td[@class='category']"))
        .containsExactly("ACCELERATION_NEEDED", "LIMITED_PROGRESS");
    JsonNode served =
        json(api.get("/api/v1/progress?indicator=10.c.1&area=WLD&vintage=gfmd-2025"))
            .get("assessments");
    assertThat(served.get(1).get("method").asString()).isEqualTo("OPEN_SDG");
    assertThat(served.get(1).get("category").asString()).isEqualTo("LIMITED_PROGRESS");
  }

  @Test
  void corridorTableListsTheLatestYearsDearestCheapestAndThoseAboveFivePercent() {
    Document report = html(api.get(REPORT));

    assertThat(text(report, "//table[@id='most-expensive']/tr[2]/td"))
        .isEqualTo("South Africa (ZAF) Zimbabwe (ZWE) 9.40");
    assertThat(values(report, "//table[@id='most-expensive']/tr/td[3]"))
        .containsExactly("9.40", "6.60", "4.10", "3.20");
    assertThat(values(report, "//table[@id='least-expensive']/tr/td[3]"))
        .containsExactly("3.20", "4.10", "6.60", "9.40");
    assertThat(values(report, "//table[@id='above-ceiling']/tr/td[3]"))
        .containsExactly("9.40", "6.60");
    JsonNode served =
        rows(api.get(
                "/api/v1/indicators/10.c.1/observations?series="
                    + CORRIDORS
                    + "&origin=ZAF&destination=ZWE&vintage=gfmd-2025"))
            .get(0);
    assertThat(figure(served.get("value").asDouble())).isEqualTo("9.40");
  }

  @Test
  void activityCountsAreTheActivityEndpointsCounts() {
    Document report = html(api.get(REPORT));

    assertThat(text(report, "//tr[@id='rcp-MIDSA']/td[position() > 1]")).isEqualTo("2 1 0");
    assertThat(
            text(
                report,
                "//table[@id='gfmd-roundtables']/tr[td[1][starts-with(., 'RT2 ')]]/td[position() > 1]"))
        .isEqualTo("2 1");
    JsonNode midsa = null;
    for (JsonNode rcp : json(api.get("/api/v1/rcps")).get("rcps")) {
      if (rcp.get("code").asString().equals("MIDSA")) {
        midsa = rcp;
      }
    }
    assertThat(midsa).isNotNull();
    assertThat(midsa.get("reported").asLong()).isEqualTo(2);
    assertThat(
            json(api.get("/api/v1/gfmd/activities?roundtable=RT2&recordType=ACTIVITY"))
                .get("page")
                .get("totalElements")
                .asLong())
        .isEqualTo(2);
  }

  @Test
  void theReportNamesTheVintageAndTheTableVersionsRead() {
    HttpResponse<String> response = api.get(REPORT);

    assertThat(response.headers().firstValue("X-Corridor-Vintage")).hasValue("gfmd-2025");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    Document report = html(response);
    assertThat(text(report, "//section[@class='front']/p[1]/strong")).isEqualTo("gfmd-2025");
    assertThat(text(report, "//section[@class='front']/p[1]")).contains("2025-05-02T09:30:00Z");
    assertThat(text(report, "//table[@id='table-versions']/tr[2]/td"))
        .isEqualTo("gold.indicator_observation 0 yes");
  }

  @Test
  void withoutAVintageTheLatestDataAreReported() {
    Document report = html(api.get("/api/v1/reports/progress/2025"));

    assertThat(
            text(
                report,
                TARGET_10C + "//table[@class='global-values']/tr[td[1]='" + SERIES + "']/td[3]"))
        .isEqualTo("6.00");
    assertThat(text(report, "//table[@id='table-versions']/tr[2]/td"))
        .isEqualTo("gold.indicator_observation 1 no (latest version served)");
  }

  @Test
  void theSameVintageGivesByteIdenticalHtml() {
    HttpResponse<String> first = api.get(REPORT);
    HttpResponse<String> second = api.get(REPORT);

    assertThat(second.body().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(first.body().getBytes(StandardCharsets.UTF_8));
    assertThat(first.body()).contains("<svg").doesNotContain("<svg></svg>");
  }

  @Test
  void thePdfHasAPageForEveryChapterAndNoBlankPage() throws IOException {
    HttpResponse<byte[]> response = api.getBytes(REPORT, "application/pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    byte[] pdf = response.body();
    int declared;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      declared = document.getNumberOfPages();
    }
    Document html = html(api.get(REPORT));
    int chapters = nodes(html, "//section[@class='chapter']").getLength();
    List<BufferedImage> rendered = PdfPages.render(pdf, pages);
    assertThat(rendered).hasSize(declared);
    // The front page, then every chapter starts a page of its own: 6 SDG targets, 3 GCM
    // objectives, the corridors and the activities.
    assertThat(chapters).isEqualTo(11);
    assertThat(declared).isGreaterThanOrEqualTo(1 + chapters);
    for (BufferedImage page : rendered) {
      assertThat(PdfPages.inkedPixels(page)).isPositive();
    }
  }

  @Test
  void formatPdfOverridesTheAcceptHeader() {
    HttpResponse<byte[]> response =
        api.getBytes("/api/v1/reports/progress/2025?vintage=gfmd-2025&format=pdf", "text/html");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aMalformedYearIsAProblemNamingTheYear() {
    HttpResponse<String> response = api.get("/api/v1/reports/progress/25");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("parameter").asString()).isEqualTo("year");
    assertThat(api.get("/api/v1/reports/progress/1999").statusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownVintageIsAProblemNamingTheVintage() {
    HttpResponse<String> response = api.get("/api/v1/reports/progress/2025?vintage=gfmd-2099");

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode problem = json(response);
    assertThat(problem.get("parameter").asString()).isEqualTo("vintage");
    assertThat(problem.get("allowedValues").get(0).asString()).isEqualTo("gfmd-2025");
  }

  private static String figure(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static JsonNode rows(HttpResponse<String> response) {
    return json(response).get("observations");
  }

  private static Document html(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("the report is not well-formed XHTML", e);
    }
  }

  private static NodeList nodes(Document document, String xpath) {
    try {
      return (NodeList)
          XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  private static List<String> values(Document document, String xpath) {
    NodeList found = nodes(document, xpath);
    return java.util.stream.IntStream.range(0, found.getLength())
        .mapToObj(i -> found.item(i).getTextContent().strip())
        .toList();
  }

  /** The text of the matching nodes, each stripped, joined by single spaces. */
  private static String text(Document document, String xpath) {
    return String.join(" ", values(document, xpath)).replaceAll("\\s+", " ");
  }
}
