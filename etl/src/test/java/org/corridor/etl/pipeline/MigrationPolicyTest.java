package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.Fixtures;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Files in the migration-policies layout (SDG 10.7.2 inquiry answers) to silver. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationPolicyTest {
  private Warehouse warehouse;
  private RunSummary first;
  private List<Row> afterFirst;
  private RunSummary resubmission;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Path inputs = Fixtures.copy("policy-fixture", temp.resolve("inputs"));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    EtlPipeline pipeline = new EtlPipeline(warehouse, Areas.load(), Progress.silent());
    first =
        pipeline.run(
            List.of(inputs.resolve("migration-policies.csv"), inputs.resolve("wrong-header.csv")),
            Optional.of(SourceKind.MIGRATION_POLICIES),
            "test");
    afterFirst = policies().collectAsList();
    // Mexico resubmits its 2021 answers: domain 1 sub-category 2 is now a plain yes, and it no
    // longer answers domains 2 and 3.
    Path resubmitted = temp.resolve("resubmitted").resolve("mexico-2021.csv");
    Files.createDirectories(resubmitted.getParent());
    Files.writeString(
        resubmitted,
        "country,round,domain,sub_category,answer\nMEX,2021,1,1,yes\nMEX,2021,1,2,yes\n",
        StandardCharsets.UTF_8);
    resubmission = pipeline.runFolder(resubmitted.getParent(), "resubmission");
  }

  @Test
  void everyLineIsAcceptedOrQuarantined() {
    InputOutcome outcome = outcome(first, "migration-policies.csv");
    assertThat(outcome.rowsRead()).isEqualTo(15);
    assertThat(outcome.rowsAccepted()).isEqualTo(5);
    assertThat(outcome.rowsQuarantined()).isEqualTo(10);
  }

  @Test
  void answersAreStoredInUpperCaseAndAnUnansweredSubCategoryAsNull() {
    assertThat(afterFirst)
        .extracting(
            r ->
                r.<String>getAs("area")
                    + " "
                    + r.<Integer>getAs("round")
                    + " "
                    + r.<Integer>getAs("domain")
                    + "."
                    + r.<Integer>getAs("sub_category")
                    + " "
                    + r.<String>getAs("answer"))
        .containsExactlyInAnyOrder(
            "MEX 2021 1.1 YES",
            "MEX 2021 1.2 YES_LEGAL_STATUS_ONLY",
            "MEX 2021 2.1 NO",
            "MEX 2021 3.4 null",
            "PHL 2021 6.5 YES");
  }

  @Test
  void everyBadRowIsQuarantinedWithItsReason() {
    Map<Long, String> reasons = Quarantined.reasonsByRow(warehouse, "migration-policies");
    assertThat(reasons)
        .containsEntry(7L, "UNKNOWN_AREA_CODE: country ZZZ")
        .containsEntry(8L, "BAD_PERIOD: round 21")
        .containsEntry(9L, "NON_NUMERIC_VALUE: domain two")
        .containsEntry(10L, "OUT_OF_RANGE_VALUE: domain 7 (allowed: 1 to 6)")
        .containsEntry(11L, "OUT_OF_RANGE_VALUE: sub_category 0 (allowed: 1 to 5)")
        .containsEntry(
            12L, "INVALID_CODE: answer maybe is not one of [NO, YES, YES_LEGAL_STATUS_ONLY]")
        .containsEntry(
            13L,
            "INVALID_CODE: answer yes_legal_status_only is offered in domain 1 only, not in"
                + " domain 2")
        .containsEntry(
            14L, "DUPLICATE_KEY: country PHL round 2021 domain 5 sub_category 5 on 2 lines")
        .containsEntry(
            15L, "DUPLICATE_KEY: country PHL round 2021 domain 5 sub_category 5 on 2 lines")
        .containsEntry(16L, "MISSING_REQUIRED_FIELD: country")
        .hasSize(10);
  }

  @Test
  void aFileWithoutTheLayoutsHeaderIsRejectedWhole() {
    InputOutcome rejected = outcome(first, "wrong-header.csv");
    assertThat(rejected.status()).isEqualTo(InputOutcome.InputStatus.REJECTED);
    assertThat(rejected.message().orElseThrow()).contains("missing [round, sub_category, answer]");
  }

  @Test
  void aResubmissionReplacesItsCountrysRoundAndNothingElse() {
    assertThat(outcome(resubmission, "mexico-2021.csv").rowsAccepted()).isEqualTo(2);
    assertThat(
            policies()
                .where(col("area").equalTo("MEX"))
                .orderBy("domain", "sub_category")
                .collectAsList())
        .extracting(
            r ->
                r.<Integer>getAs("domain")
                    + "."
                    + r.<Integer>getAs("sub_category")
                    + " "
                    + r.<String>getAs("answer"))
        .containsExactly("1.1 YES", "1.2 YES");
    assertThat(policies().where(col("area").equalTo("PHL")).count()).isEqualTo(1);
  }

  private Dataset<Row> policies() {
    return warehouse.read(SilverTables.MIGRATION_POLICY);
  }

  private static InputOutcome outcome(RunSummary run, String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }
}
