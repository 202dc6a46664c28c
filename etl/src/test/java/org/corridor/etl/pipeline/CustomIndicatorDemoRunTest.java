package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.demo.DemoData;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.GoldTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's programme results and custom-indicator definitions, run through the pipeline on their
 * own: the seed's indicators of change come out of gold, the planted faults go to quarantine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomIndicatorDemoRunTest {
  private Warehouse warehouse;
  private RunSummary run;
  private List<CSVRecord> results;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Path demo = temp.resolve("demo");
    List<Path> files =
        new DemoData(Areas.load(), DemoData.DEFAULT_SEED)
            .writeTo(demo).stream()
                .filter(
                    p ->
                        p.getFileName().toString().startsWith("programme-results")
                            || p.getFileName().toString().startsWith("custom-indicators"))
                .toList();
    Path resultsFile =
        files.stream()
            .filter(p -> p.getFileName().toString().endsWith(".csv"))
            .findFirst()
            .orElseThrow();
    try (CSVParser parser =
        CSVParser.parse(
            resultsFile,
            StandardCharsets.UTF_8,
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      results = parser.getRecords();
    }
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(files, Optional.empty(), "test");
  }

  @Test
  void theFaultyDefinitionAndTheNegativeCountAreQuarantined() {
    InputOutcome definitions = outcome("custom-indicators-demo.json");
    assertThat(definitions.rowsAccepted()).isEqualTo(4);
    assertThat(Quarantined.reasonsByRow(warehouse, "custom-indicators").get(5L))
        .startsWith("UNKNOWN_COLUMN: numerator names `income`");
    InputOutcome programmeResults = outcome("programme-results-demo.csv");
    assertThat(programmeResults.rowsQuarantined()).isEqualTo(1);
    assertThat(programmeResults.rowsAccepted()).isEqualTo(results.size() - 1);
  }

  @Test
  void theSeedsIndicatorsOfChangeAreComputedFromTheResults() {
    assertThat(gold("CUSTOM.DIASPORA_BUSINESSES", "SLV", "2024"))
        .isEqualTo(sum("SLV", "2024", "BUSINESSES_CREATED"));
    assertThat(gold("CUSTOM.MENTORSHIP_RELATIONS", "NGA", "2020"))
        .isEqualTo(sum("NGA", "2020", "MENTORSHIPS"));
    assertThat(gold("CUSTOM.DIASPORA_LOANS", "RWA", "2018")).isEqualTo(sum("RWA", "2018", "LOANS"));
    double loans = 0;
    double businesses = 0;
    for (String country : List.of("NGA", "RWA", "SLE", "SLV", "ZWE")) {
      loans += sum(country, "2023", "LOANS");
      businesses += sum(country, "2023", "BUSINESSES_CREATED");
    }
    assertThat(gold("CUSTOM.LOANS_PER_BUSINESS", "WLD", "2023"))
        .isCloseTo(loans / businesses, within(1e-12));
  }

  private double sum(String country, String year, String metric) {
    return results.stream()
        .filter(
            r ->
                r.get("country").equals(country)
                    && r.get("year").equals(year)
                    && r.get("metric").equals(metric))
        .mapToDouble(r -> Double.parseDouble(r.get("value")))
        .sum();
  }

  private double gold(String indicator, String area, String period) {
    List<Row> rows =
        warehouse
            .read(GoldTables.INDICATOR_OBSERVATION)
            .where(
                col("indicator")
                    .equalTo(indicator)
                    .and(col("area").equalTo(area))
                    .and(col("period").equalTo(period)))
            .collectAsList();
    assertThat(rows).as("%s %s %s", indicator, area, period).hasSize(1);
    return rows.get(0).<Double>getAs("value");
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }
}
