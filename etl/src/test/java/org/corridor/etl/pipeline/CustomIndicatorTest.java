package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.corridor.etl.Fixtures;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A programme-results file and a custom-indicator definitions file, found in a folder by their
 * content, loaded to silver (bad rows and bad definitions quarantined with every reason) and the
 * accepted definitions computed into gold in the same run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomIndicatorTest {
  private Warehouse warehouse;
  private RunSummary run;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Path inputs = Fixtures.copy("custom-fixture", temp.resolve("inputs"));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run = new EtlPipeline(warehouse, Areas.load(), Progress.silent()).runFolder(inputs, "test");
  }

  @Test
  void bothFilesAreRecognisedByTheirContent() {
    assertThat(outcome("programme-results.csv").source()).isEqualTo("programme-results");
    assertThat(outcome("custom-indicators.json").source()).isEqualTo("custom-indicators");
  }

  @Test
  void everyProgrammeResultIsAcceptedOrQuarantinedWithItsReason() {
    InputOutcome outcome = outcome("programme-results.csv");
    assertThat(outcome.rowsRead()).isEqualTo(16);
    assertThat(outcome.rowsAccepted()).isEqualTo(8);
    assertThat(outcome.rowsQuarantined()).isEqualTo(8);
    String duplicate =
        "DUPLICATE_KEY: country NGA year 2024 programme AFFORD metric LOANS sex_code _T on 2 lines";
    assertThat(Quarantined.reasonsByRow(warehouse, "programme-results"))
        .containsEntry(10L, "UNKNOWN_AREA_CODE: country XXX")
        .containsEntry(11L, "BAD_PERIOD: year 23")
        .containsEntry(12L, "NON_NUMERIC_VALUE: value many")
        .containsEntry(13L, "NEGATIVE_VALUE: value -2")
        .containsEntry(14L, duplicate)
        .containsEntry(15L, duplicate)
        .containsEntry(16L, "INVALID_CODE: sex X is not one of [F, M, _T]")
        .containsEntry(17L, "MISSING_REQUIRED_FIELD: country")
        .hasSize(8);
  }

  @Test
  void metricsAreUpperCaseAndAnEmptySexIsTheTotal() {
    Row sierraLeone =
        warehouse
            .read(SilverTables.PROGRAMME_RESULT)
            .where(col("area").equalTo("SLE").and(col("value").equalTo(8.0)))
            .first();
    assertThat(sierraLeone.<String>getAs("metric")).isEqualTo("BUSINESSES_CREATED");
    assertThat(sierraLeone.<String>getAs("sex")).isEqualTo("_T");
  }

  @Test
  void everyDefinitionIsAcceptedOrQuarantined() {
    InputOutcome outcome = outcome("custom-indicators.json");
    assertThat(outcome.rowsRead()).isEqualTo(23);
    assertThat(outcome.rowsAccepted()).isEqualTo(3);
    assertThat(outcome.rowsQuarantined()).isEqualTo(20);
    assertThat(
            warehouse.read(SilverTables.CUSTOM_INDICATOR).orderBy("code").collectAsList().stream()
                .map(r -> r.<String>getAs("code") + " " + r.<String>getAs("aggregation")))
        .containsExactly(
            "CUSTOM.DIASPORA_BUSINESSES SUM",
            "CUSTOM.LOANS_PER_BUSINESS RATIO_OF_SUMS",
            "CUSTOM.MENTORSHIPS SUM");
  }

  @Test
  void anAcceptedDefinitionKeepsItsTargetDirectionAndSource() {
    Row businesses =
        warehouse
            .read(SilverTables.CUSTOM_INDICATOR)
            .where(col("code").equalTo("CUSTOM.DIASPORA_BUSINESSES"))
            .first();
    assertThat(businesses.<Double>getAs("target_value")).isEqualTo(500.0);
    assertThat(businesses.<Integer>getAs("target_year")).isEqualTo(2030);
    assertThat(businesses.<String>getAs("direction")).isEqualTo("INCREASE");
    assertThat(businesses.<Double>getAs("scale")).isEqualTo(1.0);
    assertThat(businesses.<String>getAs("source")).isEqualTo("AFFORD and JMDI programme reports");
  }

  @Test
  void everyBadDefinitionIsQuarantinedWithItsReason() {
    Map<Long, String> reasons = Quarantined.reasonsByRow(warehouse, "custom-indicators");
    assertThat(reasons)
        .containsEntry(3L, "MISSING_REQUIRED_FIELD: name")
        .containsEntry(
            4L,
            "RESERVED_CODE: code DIASPORA_LOANS must be CUSTOM. followed by letters, digits, '.',"
                + " '_' or '-'")
        .containsEntry(5L, "RESERVED_CODE: code 17.3.2 is a catalogue indicator's")
        .containsEntry(
            6L,
            "INVALID_VALUE: fact_table silver.gdp_per_capita is not one of [silver.gdp,"
                + " silver.labour_migration, silver.population, silver.programme_result,"
                + " silver.remittance_flow]")
        .containsEntry(
            7L,
            "INVALID_CODE: aggregation MEDIAN is not one of [NOT_AGGREGABLE, RATIO_OF_SUMS, SUM]")
        .containsEntry(8L, "INVALID_CODE: direction UP is not one of [DECREASE, INCREASE, NONE]")
        .containsEntry(9L, "MISSING_REQUIRED_FIELD: denominator (RATIO_OF_SUMS divides by its sum)")
        .containsEntry(
            10L,
            "INVALID_VALUE: denominator given, but SUM adds numerators only: use RATIO_OF_SUMS for"
                + " a ratio")
        .containsEntry(11L, "NON_NUMERIC_VALUE: scale a hundred")
        .containsEntry(12L, "BAD_PERIOD: target_year 30")
        .containsEntry(13L, "MISSING_REQUIRED_FIELD: target year")
        .containsEntry(
            15L,
            "UNKNOWN_COLUMN: filter names `programm`, which silver.programme_result does not have"
                + " (columns: area, year, programme, metric, sex, value, _source_file,"
                + " _source_checksum, _source_row, _run_id)")
        .containsEntry(16L, "INVALID_EXPRESSION: filter metric is string, not a condition")
        .containsEntry(17L, "INVALID_EXPRESSION: numerator metric is string, not a number")
        .containsEntry(20L, "DUPLICATE_KEY: code CUSTOM.TWICE on 2 lines")
        .containsEntry(21L, "DUPLICATE_KEY: code CUSTOM.TWICE on 2 lines")
        .containsEntry(
            23L,
            "INVALID_EXPRESSION: numerator value + (SELECT 1): a subquery reads beyond the fact row")
        .hasSize(20);
    assertThat(reasons.get(14L))
        .startsWith("INVALID_EXPRESSION: numerator value +: [PARSE_SYNTAX_ERROR]");
    assertThat(reasons.get(18L)).startsWith("INVALID_EXPRESSION: numerator sum(value): [");
    assertThat(reasons.get(19L))
        .startsWith("MALFORMED_RECORD: unknown key filtr (known keys: code,");
  }

  @Test
  void acceptedDefinitionsAreComputedInTheSameRun() {
    assertThat(gold("CUSTOM.DIASPORA_BUSINESSES", "SLE")).isEqualTo(8.0);
    assertThat(gold("CUSTOM.DIASPORA_BUSINESSES", "WLD")).isEqualTo(12.0 + 20 + 8);
    assertThat(gold("CUSTOM.MENTORSHIPS", "SLV")).isEqualTo(7.0 + 5);
    assertThat(gold("CUSTOM.LOANS_PER_BUSINESS", "SLV")).isEqualTo(30.0 / 12);
    assertThat(gold("CUSTOM.LOANS_PER_BUSINESS", "WLD"))
        .isCloseTo((30.0 + 25 + 0) / (12 + 20 + 8), within(1e-12));
  }

  private double gold(String indicator, String area) {
    List<Row> rows =
        warehouse
            .read(GoldTables.INDICATOR_OBSERVATION)
            .where(
                col("indicator")
                    .equalTo(indicator)
                    .and(col("area").equalTo(area))
                    .and(col("period").equalTo("2023")))
            .collectAsList();
    assertThat(rows).as("%s %s", indicator, area).hasSize(1);
    return rows.get(0).<Double>getAs("value");
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }
}
