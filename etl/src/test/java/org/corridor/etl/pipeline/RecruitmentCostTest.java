package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Files in the recruitment-costs layout to silver.recruitment_cost, on a hand-written fixture. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecruitmentCostTest {
  private Warehouse warehouse;
  private RunSummary run;

  @BeforeAll
  void load(@TempDir Path temp) {
    Path inputs = Fixtures.copy("recruitment-fixture", temp.resolve("inputs"));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(
                List.of(
                    inputs.resolve("recruitment-costs.csv"), inputs.resolve("wrong-header.csv")),
                Optional.of(SourceKind.RECRUITMENT_COSTS),
                "test");
  }

  @Test
  void everyLineIsAcceptedOrQuarantined() {
    InputOutcome outcome = outcome("recruitment-costs.csv");
    assertThat(outcome.status()).isEqualTo(InputOutcome.InputStatus.LOADED);
    assertThat(outcome.rowsRead()).isEqualTo(17);
    assertThat(outcome.rowsAccepted()).isEqualTo(4);
    assertThat(outcome.rowsQuarantined()).isEqualTo(13);
    assertThat(outcome.rowsNotApplicable()).isZero();
  }

  @Test
  void costIsTheSumOfTheItemsEachDividedByTheSurveysRate() {
    Row nepali = worker("MCS-2024-NPL", "W001");
    // NPR 125 per US$: 60,000 + 15,000 + 40,000 + 8,000 + 5,000 + 2,000 = NPR 130,000 = US$ 1,040.
    assertThat(nepali.<Double>getAs("recruitment_fees_usd")).isCloseTo(480.0, within(1e-9));
    assertThat(nepali.<Double>getAs("documents_usd")).isCloseTo(120.0, within(1e-9));
    assertThat(nepali.<Double>getAs("travel_usd")).isCloseTo(320.0, within(1e-9));
    assertThat(nepali.<Double>getAs("medical_usd")).isCloseTo(64.0, within(1e-9));
    assertThat(nepali.<Double>getAs("training_usd")).isCloseTo(40.0, within(1e-9));
    assertThat(nepali.<Double>getAs("other_usd")).isCloseTo(16.0, within(1e-9));
    assertThat(nepali.<Double>getAs("cost_usd")).isCloseTo(1040.0, within(1e-9));
    // SAR 1,500 at SAR 3.75 per US$.
    assertThat(nepali.<Double>getAs("monthly_earnings_usd")).isCloseTo(400.0, within(1e-9));
    assertThat(nepali.<String>getAs("origin")).isEqualTo("NPL");
    assertThat(nepali.<String>getAs("destination")).isEqualTo("SAU");
    assertThat(nepali.<Integer>getAs("migration_year")).isEqualTo(2023);
    assertThat(nepali.<Integer>getAs("age")).isEqualTo(29);
    assertThat(nepali.<String>getAs("education")).isEqualTo("2");
    assertThat(nepali.<String>getAs("occupation")).isEqualTo("9313");
    assertThat(nepali.<String>getAs("industry")).isEqualTo("F");
    assertThat(nepali.<String>getAs("cost_currency")).isEqualTo("NPR");
    assertThat(nepali.<Double>getAs("cost_usd_rate")).isEqualTo(125.0);
    assertThat(nepali.<Double>getAs("earnings_usd_rate")).isEqualTo(3.75);
  }

  @Test
  void costsInUsDollarsNeedNoRateAndOptionalFieldsMayBeEmpty() {
    Row filipina = worker("MCS-2024-NPL", "W002");
    assertThat(filipina.<Double>getAs("cost_usd")).isCloseTo(680.0, within(1e-9));
    assertThat(filipina.<Double>getAs("cost_usd_rate")).isEqualTo(1.0);
    assertThat(filipina.<Double>getAs("recruitment_fees_usd")).isZero();

    Row indian = worker("MCS-2024-NPL", "W003");
    // INR 108,000 at INR 80 per US$; AED 1,835 at AED 3.67 per US$.
    assertThat(indian.<Double>getAs("cost_usd")).isCloseTo(1350.0, within(1e-9));
    assertThat(indian.<Double>getAs("monthly_earnings_usd")).isCloseTo(500.0, within(1e-9));
    assertThat(indian.<String>getAs("sex")).as("written m").isEqualTo("M");
    assertThat(indian.<Integer>getAs("age")).isNull();
    assertThat(indian.<String>getAs("occupation")).isNull();
  }

  @Test
  void theSameWorkerIdInAnotherSurveyIsAnotherWorker() {
    Row pakistani = worker("MCS-2025-PAK", "W001");
    assertThat(pakistani.<Double>getAs("cost_usd")).isCloseTo(1350.0, within(1e-9));
    assertThat(warehouse.read(SilverTables.RECRUITMENT_COST).count()).isEqualTo(4);
  }

  @Test
  void everyBadRowIsQuarantinedWithItsReason() {
    Map<Long, String> reasons = Quarantined.reasonsByRow(warehouse, "recruitment-costs");
    assertThat(reasons)
        .containsEntry(5L, "UNKNOWN_AREA_CODE: origin ZZZ")
        .containsEntry(6L, "BAD_PERIOD: migration_year 20X3")
        .containsEntry(7L, "NON_NUMERIC_VALUE: cost_travel abc")
        .containsEntry(8L, "NEGATIVE_VALUE: cost_medical -50")
        .containsEntry(9L, "MISSING_REQUIRED_FIELD: first_month_earnings")
        .containsEntry(10L, "UNIT_MISMATCH: cost_currency ABC is not an ISO 4217 currency code")
        .containsEntry(11L, "UNIT_MISMATCH: no cost_usd_rate for cost_currency NPR")
        .containsEntry(
            12L,
            "OUT_OF_RANGE_VALUE: first_month_earnings 0: the indicator divides by the earnings")
        .containsEntry(13L, "INVALID_CODE: sex X is not one of [F, M]")
        .containsEntry(
            14L, "UNIT_MISMATCH: earnings_usd_rate 1.1 for earnings_currency USD (must be 1)")
        .containsEntry(15L, "DUPLICATE_KEY: survey_id MCS-2024-NPL worker_id W014 on 2 lines")
        .containsEntry(16L, "DUPLICATE_KEY: survey_id MCS-2024-NPL worker_id W014 on 2 lines")
        .containsEntry(17L, "MALFORMED_RECORD: 5 fields, the header has 21")
        .hasSize(13);
  }

  @Test
  void aFileWithoutTheLayoutsHeaderIsRejectedWholeAndTheRunGoesOn() {
    InputOutcome rejected = outcome("wrong-header.csv");
    assertThat(rejected.status()).isEqualTo(InputOutcome.InputStatus.REJECTED);
    assertThat(rejected.message().orElseThrow())
        .startsWith("wrong-header.csv is not a file in Corridor's recruitment-costs layout")
        .contains("missing [survey_id, worker_id, migration_year,");
    assertThat(run.status()).isEqualTo(RunSummary.RunStatus.SUCCEEDED);
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }

  private Row worker(String survey, String worker) {
    return warehouse
        .read(SilverTables.RECRUITMENT_COST)
        .where(col("survey_id").equalTo(survey).and(col("worker_id").equalTo(worker)))
        .first();
  }
}
