package org.corridor.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.etl.Fixtures;
import org.corridor.etl.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

    Result first =
        execute("--warehouse", warehouse, "--master", "local[2]", "run", inputs.toString());

    assertThat(first.exitCode()).isEqualTo(CorridorCli.EXIT_INPUT_REJECTED);
    assertThat(first.output())
        .containsPattern(
            "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_fixture.csv\\s+LOADED\\s+13\\s+7\\s+6")
        .containsPattern("API_SP.POP.TOTL_DS2_en_csv_v2_truncated.csv\\s+REJECTED")
        .contains("is not a well-formed file of its format")
        .contains("gold.indicator_observation")
        .contains("silver.quarantine");

    Result second = execute("--warehouse", warehouse, "run", inputs.toString());
    assertThat(second.output())
        .contains("NOTHING_TO_DO")
        .containsPattern("fixture.csv\\s+SKIPPED_ALREADY_LOADED")
        .contains("No table changed");

    Result status = execute("--warehouse", warehouse, "status");
    assertThat(status.output()).containsPattern("gold.indicator_observation\\s+\\d+\\s+[\\d,]+");

    // One table each: TableMaintenanceTest pins what the commands do to a table's files.
    Result optimize = execute("--warehouse", warehouse, "optimize", "--table", "silver.quarantine");
    assertThat(optimize.exitCode()).isZero();
    assertThat(optimize.output())
        .containsPattern("silver.quarantine\\s+\\d+\\s+\\d+")
        .doesNotContain("silver.gdp");
    Result vacuum =
        execute(
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
    Result result = execute("optimize", "--table", "gold.nothing");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errors())
        .contains("unknown table 'gold.nothing'")
        .contains("gold.indicator_observation");
  }

  @Test
  void unknownSourceNameIsAUsageErrorNamingTheKnownOnes() {
    Result result = execute("ingest", "rpx", "file.csv");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errors()).contains("unknown source 'rpx'").contains("wdi");
  }

  @Test
  void emptyFolderFailsWithAClearMessage() {
    TestSpark.session();
    Result result = execute("--warehouse", temp.resolve("w").toString(), "run", temp.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.errors()).contains("no input files under");
  }

  private record Result(int exitCode, String output, String errors) {}

  private static Result execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CorridorCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
