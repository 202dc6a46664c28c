package org.corridor.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.etl.Fixtures;
import org.corridor.etl.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorridorCliTest {
  @TempDir Path temp;

  @Test
  void runLoadsGoodFilesRejectsAMalformedOneAndPrintsTheCounts() throws IOException {
    TestSpark.session();
    Path inputs = Fixtures.copy("wdi-fixture", temp.resolve("inputs"));
    Files.writeString(
        inputs.resolve("API_SP.POP.TOTL_DS2_en_csv_v2_truncated.csv"),
        "\"Data Source\",\"World Development Indicators\",\n",
        StandardCharsets.UTF_8);
    String warehouse = temp.resolve("warehouse").toString();

    CliRun first =
        CliRun.of("--warehouse", warehouse, "--master", "local[2]", "run", inputs.toString());

    assertThat(first.exitCode()).isEqualTo(CorridorCli.EXIT_INPUT_REJECTED);
    assertThat(first.output())
        .containsPattern(
            "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_fixture.csv\\s+LOADED\\s+13\\s+7\\s+6")
        .containsPattern("API_SP.POP.TOTL_DS2_en_csv_v2_truncated.csv\\s+REJECTED")
        .contains("is not a well-formed file of its format")
        .contains("gold.indicator_observation")
        .contains("silver.quarantine");

    CliRun second = CliRun.of("--warehouse", warehouse, "run", inputs.toString());
    assertThat(second.output())
        .contains("NOTHING_TO_DO")
        .containsPattern("fixture.csv\\s+SKIPPED_ALREADY_LOADED")
        .contains("No table changed");

    CliRun status = CliRun.of("--warehouse", warehouse, "status");
    assertThat(status.output()).containsPattern("gold.indicator_observation\\s+\\d+\\s+[\\d,]+");

    // One table each: TableMaintenanceTest pins what the commands do to a table's files.
    CliRun optimize =
        CliRun.of("--warehouse", warehouse, "optimize", "--table", "silver.quarantine");
    assertThat(optimize.exitCode()).isZero();
    assertThat(optimize.output())
        .containsPattern("silver.quarantine\\s+\\d+\\s+\\d+")
        .doesNotContain("silver.gdp");
    CliRun vacuum =
        CliRun.of(
            "--warehouse",
            warehouse,
            "vacuum",
            "--table",
            "gold.indicator_observation",
            "--retain-hours",
            "0");
    assertThat(vacuum.exitCode()).isZero();
    assertThat(vacuum.output())
        .contains("versions older than that can no longer be read")
        .containsPattern("gold.indicator_observation\\s+\\d+\\s+\\d+");
  }

  @Test
  void maintenanceOfAnUnknownTableIsAUsageErrorNamingTheTables() {
    CliRun result = CliRun.of("optimize", "--table", "gold.nothing");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errors())
        .contains("unknown table 'gold.nothing'")
        .contains("gold.indicator_observation");
  }

  @Test
  void unknownSourceNameIsAUsageErrorNamingTheKnownOnes() {
    CliRun result = CliRun.of("ingest", "rpx", "file.csv");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errors()).contains("unknown source 'rpx'").contains("wdi");
  }

  @Test
  void emptyFolderFailsWithAClearMessage() {
    TestSpark.session();
    CliRun result = CliRun.of("--warehouse", temp.resolve("w").toString(), "run", temp.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.errors()).contains("no input files under");
  }
}
