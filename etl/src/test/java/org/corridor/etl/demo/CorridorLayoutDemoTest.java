package org.corridor.etl.demo;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo files in Corridor's own layouts load, each quarantining exactly its planted line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorridorLayoutDemoTest {
  private Warehouse warehouse;
  private RunSummary run;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Path folder = temp.resolve("demo");
    Files.createDirectories(folder);
    List<Path> files =
        List.of(
            new RecruitmentCostDemoWriter(DemoData.DEFAULT_SEED).writeTo(folder),
            new AssistedReturnDemoWriter(DemoData.DEFAULT_SEED).writeTo(folder),
            new MigrationPolicyDemoWriter(DemoData.DEFAULT_SEED).writeTo(folder));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(files, Optional.empty(), "demo layouts");
  }

  @Test
  void recruitmentCostsQuarantineOnlyTheWorkerWithoutAnEarningsRate() {
    InputOutcome outcome = outcome("recruitment-costs");
    assertThat(outcome.rowsRead()).isEqualTo(6 * RecruitmentCostDemoWriter.WORKERS_PER_CORRIDOR);
    assertThat(outcome.rowsQuarantined()).isEqualTo(1);
    assertThat(reasons("recruitment-costs"))
        .containsExactly("UNIT_MISMATCH: no earnings_usd_rate for earnings_currency SAR");
  }

  @Test
  void recruitmentCostsAreOfTheSizeTheMigrationCostsSurveysFound() {
    List<Row> workers = warehouse.read(SilverTables.RECRUITMENT_COST).collectAsList();
    double[] ratios =
        workers.stream()
            .mapToDouble(r -> r.<Double>getAs("cost_usd") / r.<Double>getAs("monthly_earnings_usd"))
            .sorted()
            .toArray();
    double median = ratios[ratios.length / 2];
    // KNOMAD-ILO: around one to three months of earnings in most corridors, up to about 11
    // months for Pakistanis in Saudi Arabia.
    assertThat(median).isBetween(1.0, 6.0);
    double pakistanMean =
        workers.stream()
            .filter(r -> r.getAs("origin").equals("PAK"))
            .mapToDouble(r -> r.<Double>getAs("cost_usd") / r.<Double>getAs("monthly_earnings_usd"))
            .average()
            .orElseThrow();
    assertThat(pakistanMean).isBetween(6.0, 18.0);
    assertThat(workers)
        .allSatisfy(
            r -> assertThat(r.<Double>getAs("monthly_earnings_usd")).isBetween(100.0, 1000.0));
  }

  @Test
  void assistedReturnsQuarantineOnlyTheLineWithKosovosWrongCode() {
    InputOutcome outcome = outcome("assisted-returns");
    assertThat(outcome.rowsRead()).isEqualTo(9 * 3 * 2 * 10 + 1);
    assertThat(outcome.rowsQuarantined()).isEqualTo(1);
    assertThat(reasons("assisted-returns")).containsExactly("UNKNOWN_AREA_CODE: host KOS");
  }

  @Test
  void migrationPoliciesQuarantineOnlyTheLegalStatusAnswerOutsideDomainOne() {
    InputOutcome outcome = outcome("migration-policies");
    assertThat(outcome.rowsRead()).isEqualTo(MigrationPolicyDemoWriter.COUNTRIES.size() * 30);
    assertThat(outcome.rowsQuarantined()).isEqualTo(1);
    assertThat(reasons("migration-policies"))
        .containsExactly(
            "INVALID_CODE: answer yes_legal_status_only is offered in domain 1 only, not in"
                + " domain 4");
    assertThat(
            warehouse
                .read(SilverTables.MIGRATION_POLICY)
                .where(col("answer").equalTo("YES_LEGAL_STATUS_ONLY"))
                .where(col("domain").notEqual(1))
                .count())
        .isZero();
  }

  private InputOutcome outcome(String source) {
    return run.inputs().stream().filter(i -> i.source().equals(source)).findFirst().orElseThrow();
  }

  private List<String> reasons(String source) {
    return warehouse
        .read(SilverTables.QUARANTINE)
        .where(col("source").equalTo(source))
        .collectAsList()
        .stream()
        .map(r -> r.<String>getAs("reasons"))
        .toList();
  }
}
