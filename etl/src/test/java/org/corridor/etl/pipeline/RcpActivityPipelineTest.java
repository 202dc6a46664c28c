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
import org.corridor.etl.demo.DemoData;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * RCP activity files to silver.rcp_activity: the shipped transcription of the RCP annex (as the
 * demo copies it), the demo's secretariat file, a hand-written file with a bad record per check,
 * and two malformed files, in one run; then a corrected secretariat file in a second run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RcpActivityPipelineTest {
  private static final String ANNEX = "seed 004_7481cac916b1bf42, Annex B";
  private static final String FIXTURE = "Fixture secretariat report 2025";

  private Warehouse warehouse;
  private RunSummary run;
  private RunSummary correction;
  private long firstRunVersion;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Path demo = temp.resolve("demo");
    new DemoData(Areas.load(), DemoData.DEFAULT_SEED).writeTo(demo);
    Path inputs = Fixtures.copy("rcp-activity-fixture", temp.resolve("inputs"));
    Files.copy(demo.resolve("rcp_activities.csv"), inputs.resolve("rcp_activities.csv"));
    Files.copy(
        demo.resolve("rcp_activities_secretariat_demo.csv"),
        inputs.resolve("rcp_activities_secretariat_demo.csv"));
    String header = Files.readAllLines(inputs.resolve("secretariat.csv")).get(0);
    Files.writeString(
        inputs.resolve("without-note.csv"),
        header.replace(",note", "") + "\n" + FIXTURE + ",MIDSA\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        inputs.resolve("cut-short.csv"),
        header + "\n" + FIXTURE + ",MIDSA,1,research,1,reported,\"Survey of lab",
        StandardCharsets.UTF_8);
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    EtlPipeline pipeline = new EtlPipeline(warehouse, Areas.load(), Progress.silent());
    run = pipeline.runFolder(inputs, "test");
    firstRunVersion = warehouse.version(SilverTables.RCP_ACTIVITY).getAsLong();

    Path corrected = temp.resolve("corrected.csv");
    Files.writeString(
        corrected,
        header
            + "\n"
            + FIXTURE
            + ",MIDSA,1,research,1,reported,Survey of labour migration data,2025,BWA,,1,,\n",
        StandardCharsets.UTF_8);
    correction = pipeline.run(List.of(corrected), Optional.empty(), "test");
  }

  @Test
  void theTranscribedAnnexLoadsWhole() {
    InputOutcome annex = outcome(run, "rcp_activities.csv");
    assertThat(annex.source()).isEqualTo("rcp-activities");
    assertThat(annex.rowsRead()).isEqualTo(131);
    assertThat(annex.rowsAccepted()).isEqualTo(131);
    assertThat(annex.rowsQuarantined()).isZero();
    assertThat(silver().where(col("source").equalTo(ANNEX)).count()).isEqualTo(131);
    assertThat(
            silver()
                .where(col("source").equalTo(ANNEX).and(col("status").equalTo("NO_RESPONSE_GIVEN")))
                .count())
        .isEqualTo(17);
    Row exchange =
        silver()
            .where(
                col("source")
                    .equalTo(ANNEX)
                    .and(col("rcp").equalTo("RCM"))
                    .and(col("activity_column").equalTo("founding_documents"))
                    .and(col("sequence").equalTo(3)))
            .first();
    assertThat(exchange.<Integer>getAs("thematic_group")).isEqualTo(1);
    assertThat(exchange.getList(exchange.fieldIndex("countries")))
        .containsExactly("CAN", "GTM", "PAN", "SLV", "USA");
    assertThat(exchange.getList(exchange.fieldIndex("years"))).containsExactly(2004);
    assertThat(exchange.getList(exchange.fieldIndex("gcm_objectives"))).containsExactly(20, 23);
  }

  @Test
  void validRecordsReachSilverWithListsAndTheAnnexGroup() {
    InputOutcome fixture = outcome(run, "secretariat.csv");
    assertThat(fixture.rowsRead()).isEqualTo(19);
    assertThat(fixture.rowsAccepted()).isEqualTo(3);
    assertThat(fixture.rowsQuarantined()).isEqualTo(16);

    Row absence = fixtureRecord("pilot_projects");
    assertThat(absence.<String>getAs("status")).isEqualTo("NO_RESPONSE_GIVEN");
    assertThat(absence.<Integer>getAs("thematic_group"))
        .as("from the RCP code list, though the file leaves it empty")
        .isEqualTo(1);
    assertThat(absence.<String>getAs("text")).isNull();
    assertThat(absence.getList(absence.fieldIndex("years"))).isEmpty();
    assertThat(absence.getList(absence.fieldIndex("gfmd_roundtables"))).isEmpty();

    Row workshop = fixtureRecord("capacity_building");
    assertThat(workshop.<String>getAs("rcp")).isEqualTo("ADD");
    assertThat(workshop.<String>getAs("text")).isEqualTo("Workshop on\nrecruitment fees");
    assertThat(workshop.<Integer>getAs("thematic_group")).as("ADD has no annex group").isNull();
    assertThat(workshop.<Long>getAs("_source_row")).isEqualTo(4L);
    assertThat(workshop.getList(workshop.fieldIndex("sdg_targets"))).containsExactly("8.8");
  }

  @Test
  void everyBadRecordIsQuarantinedWithItsReason() {
    Map<Long, String> reasons =
        Quarantined.reasonsByRow(warehouse, col("_source_file").equalTo("secretariat.csv"));
    assertThat(reasons)
        .containsEntry(6L, "UNKNOWN_RCP: XYZ")
        .containsEntry(7L, "INVALID_VALUE: activity column funding")
        .containsEntry(8L, "INVALID_VALUE: status done")
        .containsEntry(9L, "MISSING_REQUIRED_FIELD: text of a reported activity")
        .containsEntry(10L, "BAD_PERIOD: years 20X5")
        .containsEntry(11L, "UNKNOWN_AREA_CODE: countries SAD")
        .containsEntry(12L, "UNKNOWN_TAG: GFMD RT4")
        .containsEntry(13L, "UNKNOWN_TAG: GCM objective 24")
        .containsEntry(14L, "UNKNOWN_TAG: SDG target 10.9")
        .containsEntry(15L, "INVALID_VALUE: thematic group 2 of MIDSA; the RCP annex gives 1")
        .containsEntry(16L, "DUPLICATE_KEY: " + FIXTURE + " MIDSA link_to_gfmd 1 on 2 records")
        .containsEntry(17L, "DUPLICATE_KEY: " + FIXTURE + " MIDSA link_to_gfmd 1 on 2 records")
        .containsEntry(18L, "MALFORMED_RECORD: 4 fields, the header has 13")
        .containsEntry(19L, "INVALID_VALUE: sequence 0")
        .containsEntry(20L, "INVALID_VALUE: no_example_provided with text")
        .containsEntry(21L, "MISSING_REQUIRED_FIELD: source")
        .hasSize(16);
  }

  @Test
  void theDemoSecretariatFileLosesOnlyItsPlantedRecord() {
    InputOutcome demo = outcome(run, "rcp_activities_secretariat_demo.csv");
    assertThat(demo.rowsRead()).isEqualTo(5);
    assertThat(demo.rowsAccepted()).isEqualTo(4);
    assertThat(demo.rowsQuarantined()).isEqualTo(1);
    assertThat(
            warehouse
                .read(SilverTables.QUARANTINE)
                .where(col("_source_file").equalTo("rcp_activities_secretariat_demo.csv"))
                .first()
                .<String>getAs("reasons"))
        .isEqualTo("UNKNOWN_TAG: GCM objective 24");
  }

  @Test
  void malformedFilesAreRejectedWholeAndTheRunGoesOn() {
    InputOutcome withoutNote = outcome(run, "without-note.csv");
    assertThat(withoutNote.status()).isEqualTo(InputOutcome.InputStatus.REJECTED);
    assertThat(withoutNote.message().orElseThrow())
        .startsWith("without-note.csv is not a well-formed file of its format: expected ")
        .contains("sdg_targets,note but found");
    InputOutcome cutShort = outcome(run, "cut-short.csv");
    assertThat(cutShort.status()).isEqualTo(InputOutcome.InputStatus.REJECTED);
    assertThat(cutShort.message().orElseThrow()).startsWith("cut-short.csv cannot be read as CSV");
    assertThat(run.inputs())
        .filteredOn(i -> i.status() == InputOutcome.InputStatus.LOADED)
        .allMatch(InputOutcome::reconciles)
        .hasSize(3);
  }

  @Test
  void aCorrectedFileReplacesItsOwnSourceAndLeavesTheAnnexAlone() {
    assertThat(correction.inputs()).singleElement().matches(InputOutcome::reconciles);
    List<Row> fixture = silver().where(col("source").equalTo(FIXTURE)).collectAsList();
    assertThat(fixture).singleElement();
    Row survey = fixture.get(0);
    assertThat(survey.<String>getAs("text")).isEqualTo("Survey of labour migration data");
    assertThat(survey.getList(survey.fieldIndex("countries"))).containsExactly("BWA");
    assertThat(silver().where(col("source").equalTo(ANNEX)).count()).isEqualTo(131);
    assertThat(silver().where(col("rcp").equalTo("ADD")).count())
        .as("the demo secretariat's ADD record, under its own source")
        .isEqualTo(1);
  }

  @Test
  void surveyRecordCarriesItsListsInFileOrder() {
    Row survey = fixtureRecord("research");
    assertThat(survey.<Integer>getAs("thematic_group")).isEqualTo(1);
    assertThat(survey.<String>getAs("status")).isEqualTo("REPORTED");
    assertThat(survey.getList(survey.fieldIndex("years"))).containsExactly(2024, 2025);
    assertThat(survey.getList(survey.fieldIndex("countries"))).containsExactly("BWA", "LSO");
    assertThat(survey.getList(survey.fieldIndex("gfmd_roundtables")))
        .containsExactly("RT1", "RT3a");
    assertThat(survey.getList(survey.fieldIndex("gcm_objectives"))).containsExactly(1, 23);
    assertThat(survey.getList(survey.fieldIndex("sdg_targets"))).containsExactly("17.18", "10.7");
    assertThat(survey.<String>getAs("note")).isEqualTo("Hand-written fixture");
  }

  private Row fixtureRecord(String column) {
    return warehouse
        .readVersion(SilverTables.RCP_ACTIVITY, firstRunVersion)
        .where(col("source").equalTo(FIXTURE).and(col("activity_column").equalTo(column)))
        .first();
  }

  private Dataset<Row> silver() {
    return warehouse.read(SilverTables.RCP_ACTIVITY);
  }

  private static InputOutcome outcome(RunSummary summary, String file) {
    return summary.inputs().stream()
        .filter(i -> i.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + file));
  }
}
