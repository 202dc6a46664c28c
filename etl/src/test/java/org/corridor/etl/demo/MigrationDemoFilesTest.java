package org.corridor.etl.demo;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.pipeline.EtlPipeline;
import org.corridor.etl.pipeline.Progress;
import org.corridor.etl.pipeline.SourceKind;
import org.corridor.etl.source.SourceFile;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The ILOSTAT and Missing Migrants demo files, written and loaded like a publisher's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationDemoFilesTest {
  private static final long SEED = DemoData.DEFAULT_SEED;

  private Path temp;
  private Path labour;
  private Path missing;
  private Warehouse warehouse;
  private RunSummary run;

  @BeforeAll
  void writeAndLoad(@TempDir Path temp) throws IOException {
    this.temp = temp;
    Files.createDirectories(temp.resolve("demo"));
    labour = IlostatDemoWriter.writeTo(temp.resolve("demo"), SEED);
    missing = MissingMigrantsDemoWriter.writeTo(temp.resolve("demo"), SEED);
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(List.of(labour, missing), Optional.empty(), "demo");
  }

  @Test
  void sameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
    Path again = Files.createDirectories(temp.resolve("again"));
    Path other = Files.createDirectories(temp.resolve("other"));

    assertThat(Files.readAllBytes(IlostatDemoWriter.writeTo(again, SEED)))
        .isEqualTo(Files.readAllBytes(labour));
    assertThat(Files.readAllBytes(MissingMigrantsDemoWriter.writeTo(again, SEED)))
        .isEqualTo(Files.readAllBytes(missing));
    assertThat(Files.readAllBytes(IlostatDemoWriter.writeTo(other, SEED + 1)))
        .isNotEqualTo(Files.readAllBytes(labour));
    assertThat(Files.readAllBytes(MissingMigrantsDemoWriter.writeTo(other, SEED + 1)))
        .isNotEqualTo(Files.readAllBytes(missing));
  }

  @Test
  void bothFilesAreRecognisedByTheirContent() {
    assertThat(SourceKind.detect(SourceFile.read(labour))).contains(SourceKind.ILOSTAT);
    assertThat(SourceKind.detect(SourceFile.read(missing))).contains(SourceKind.MISSING_MIGRANTS);
  }

  @Test
  void everyDemoLineLoadsExceptTheOnePlantedInEachFile() {
    // 12 countries x 10 years x (3 sexes x 3 ages x 3 places of birth), plus the aggregate line.
    InputOutcome labourOutcome = outcome(IlostatDemoWriter.FILE);
    assertThat(labourOutcome.rowsRead()).isEqualTo(12 * 10 * 27 + 1);
    assertThat(labourOutcome.rowsQuarantined()).isEqualTo(1);
    assertThat(quarantineReasons(IlostatDemoWriter.FILE))
        .containsExactly("UNKNOWN_AREA_CODE: X01 (ILO aggregate, not a country)");
    // 3 years x 60 incidents, plus the planted record.
    InputOutcome missingOutcome = outcome(MissingMigrantsDemoWriter.FILE);
    assertThat(missingOutcome.rowsRead()).isEqualTo(3 * 60 + 1);
    assertThat(missingOutcome.rowsQuarantined()).isEqualTo(1);
    assertThat(quarantineReasons(MissingMigrantsDemoWriter.FILE))
        .containsExactly("NON_NUMERIC_VALUE: Number Dead several");
  }

  @Test
  void labourForceTotalsAreTheSumsOfTheirParts() {
    List<Row> germany2020 =
        warehouse
            .read(SilverTables.LABOUR_MIGRATION)
            .where(col("area").equalTo("DEU").and(col("year").equalTo(2020)))
            .collectAsList();

    assertThat(germany2020).hasSize(27);
    assertThat(value(germany2020, "_T", "AGE_YTHADULT_YGE15", "TOTAL"))
        .isCloseTo(
            value(germany2020, "F", "AGE_YTHADULT_YGE15", "TOTAL")
                + value(germany2020, "M", "AGE_YTHADULT_YGE15", "TOTAL"),
            within(1e-6))
        .isCloseTo(
            value(germany2020, "_T", "AGE_YTHADULT_YGE15", "NATIVE")
                + value(germany2020, "_T", "AGE_YTHADULT_YGE15", "FOREIGN"),
            within(1e-6));
  }

  @Test
  void missingMigrantsCarryResolvedOriginsAndNoUnmatchedNames() {
    assertThat(
            warehouse
                .read(SilverTables.MISSING_MIGRANTS)
                .where(col("unmatched_origins").isNotNull())
                .count())
        .isZero();
    assertThat(
            warehouse
                .read(SilverTables.MISSING_MIGRANTS)
                .where(col("origins").equalTo("SDN,ERI").or(col("origins").equalTo("SEN,MLI")))
                .count())
        .isPositive();
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }

  private List<String> quarantineReasons(String file) {
    return warehouse
        .read(SilverTables.QUARANTINE)
        .where(col("_source_file").equalTo(file))
        .collectAsList()
        .stream()
        .map(r -> r.<String>getAs("reasons"))
        .toList();
  }

  private static double value(List<Row> rows, String sex, String age, String group) {
    return rows.stream()
        .filter(
            r ->
                r.<String>getAs("sex").equals(sex)
                    && r.<String>getAs("age").equals(age)
                    && r.<String>getAs("population_group").equals(group))
        .map(r -> r.<Double>getAs("value"))
        .findFirst()
        .orElseThrow();
  }
}
