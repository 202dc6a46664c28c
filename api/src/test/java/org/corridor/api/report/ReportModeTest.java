package org.corridor.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corridor.api.CorridorApiApplication;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.warehouse.table.GoldTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The API jar's report mode, as {@code corridor report} starts it: no web server, the report of
 * vintage gfmd-2025 (the world's 17.3.2 at 2.4 in 2024) written as HTML and PDF, and the exit code.
 */
class ReportModeTest {
  @TempDir static Path warehouse;

  @BeforeAll
  static void writeVintage() {
    long observations =
        GoldTableFixture.in(warehouse)
            .create(
                List.of(
                    GoldRow.of("17.3.2", "WLD", "2024", 2.4)
                        .with("area_kind", "AGGREGATE")
                        .with("aggregation_method", "RATIO_OF_SUMS")));
    GoldTableFixture.in(warehouse, GoldTables.VINTAGE)
        .create(
            List.of(
                GoldRow.vintage(
                    "gfmd-2025",
                    "gold.indicator_observation",
                    observations,
                    Instant.parse("2025-05-02T09:30:00Z"))));
  }

  @Test
  void writesTheHtmlAndThePdfOfTheVintageAndExitsWithZero(@TempDir Path out) throws IOException {
    int exitCode = runReportMode("gfmd-2025", out);

    assertThat(exitCode).isZero();
    assertThat(Files.readString(out.resolve("progress-2025-gfmd-2025.html")))
        .contains("<strong>gfmd-2025</strong>", "vintage created 2025-05-02T09:30:00Z", "2.40");
    byte[] pdf = Files.readAllBytes(out.resolve("progress-2025-gfmd-2025.pdf"));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void anUnknownVintageWritesNothingAndExitsWithOne(@TempDir Path out) throws IOException {
    int exitCode = runReportMode("gfmd-2099", out);

    assertThat(exitCode).isEqualTo(1);
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  private static int runReportMode(String vintage, Path out) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(CorridorApiApplication.class)
            .web(WebApplicationType.NONE)
            .run(
                "--corridor.warehouse=" + warehouse,
                "--corridor.report.year=2025",
                "--corridor.report.vintage=" + vintage,
                "--corridor.report.out=" + out);
    return SpringApplication.exit(context);
  }
}
