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
 * GFMD activity files to silver.gfmd_activity: the shipped transcription of the GFMD matrix (as the
 * demo copies it), the demo's practices file, a hand-written file with a bad record per check and a
 * file that is not UTF-8, in one run; then a corrected practices file in a second run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GfmdActivityPipelineTest {
  private static final String MATRIX = "seed 003_cd03aca956712643, matrix of projects/activities";
  private static final String FIXTURE = "Fixture GFMD practices 2025";

  private Warehouse warehouse;
  private RunSummary run;
  private RunSummary correction;
  private long firstRunVersion;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Path demo = temp.resolve("demo");
    new DemoData(Areas.load(), DemoData.DEFAULT_SEED).writeTo(demo);
    Path inputs = Fixtures.copy("gfmd-activity-fixture", temp.resolve("inputs"));
    Files.copy(demo.resolve("gfmd_activities.csv"), inputs.resolve("gfmd_activities.csv"));
    Files.copy(
        demo.resolve("gfmd_practices_secretariat_demo.csv"),
        inputs.resolve("gfmd_practices_secretariat_demo.csv"));
    String header = Files.readAllLines(inputs.resolve("practices.csv")).get(0);
    Files.write(
        inputs.resolve("latin1.csv"),
        (header + "\n" + FIXTURE + ",P-1,practice,RT2,RT2a,Caf\u00e9 portal,,,,,,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    EtlPipeline pipeline = new EtlPipeline(warehouse, Areas.load(), Progress.silent());
    run = pipeline.runFolder(inputs, "test");
    firstRunVersion = warehouse.version(SilverTables.GFMD_ACTIVITY).getAsLong();

    Path corrected = temp.resolve("corrected.csv");
    Files.writeString(
        corrected,
        header
            + "\n"
            + FIXTURE
            + ",P-1,practice,RT2,RT2a,Remittance price portal,,,Central Bank,KEN,2026,20,10.c,\n",
        StandardCharsets.UTF_8);
    correction = pipeline.run(List.of(corrected), Optional.empty(), "test");
  }

  @Test
  void theTranscribedMatrixLoadsWhole() {
    InputOutcome matrix = outcome("gfmd_activities.csv");
    assertThat(matrix.source()).isEqualTo("gfmd-activities");
    assertThat(matrix.rowsRead()).isEqualTo(67);
    assertThat(matrix.rowsAccepted()).isEqualTo(67);
    assertThat(matrix.rowsQuarantined()).isZero();
    assertThat(silver().where(col("source").equalTo(MATRIX)).count()).isEqualTo(63);
    assertThat(silver().where(col("record_type").equalTo("PRACTICE")).count())
        .as("the four practices of the session report, and the demo's and fixture's own")
        .isEqualTo(4 + 2 + 1);
    Row attaches =
        silver()
            .where(col("source").equalTo(MATRIX).and(col("record_id").equalTo("RT1g-4")))
            .first();
    assertThat(attaches.<String>getAs("theme")).isEqualTo("T1");
    assertThat(attaches.<String>getAs("roundtable")).isEqualTo("RT1");
    assertThat(attaches.<String>getAs("sub_theme")).isEqualTo("RT1g");
    assertThat(attaches.<String>getAs("title")).startsWith("Through the posting of labour attach");
    assertThat(attaches.getList(attaches.fieldIndex("partners"))).containsExactly("IOM");
    assertThat(attaches.getList(attaches.fieldIndex("gcm_objectives"))).containsExactly(6, 14);
    Row afford = silver().where(col("record_id").equalTo("CSD2016-3.2-1")).first();
    assertThat(afford.getList(afford.fieldIndex("countries")))
        .containsExactly("NGA", "RWA", "SLE", "ZWE");
  }

  @Test
  void validRecordsReachSilverWithTheirThemeAndLists() {
    InputOutcome fixture = outcome("practices.csv");
    assertThat(fixture.rowsRead()).isEqualTo(15);
    assertThat(fixture.rowsAccepted()).isEqualTo(2);
    assertThat(fixture.rowsQuarantined()).isEqualTo(13);

    Row portal = fixtureRecord("P-1");
    assertThat(portal.<String>getAs("record_type")).isEqualTo("PRACTICE");
    assertThat(portal.<String>getAs("theme")).isEqualTo("T1");
    assertThat(portal.<String>getAs("sub_theme")).isEqualTo("RT2a");
    assertThat(portal.<String>getAs("objective")).isNull();
    assertThat(portal.getList(portal.fieldIndex("partners")))
        .containsExactly("Central Bank", "Ministry of Labour");
    assertThat(portal.getList(portal.fieldIndex("countries"))).containsExactly("KEN", "UGA");
    assertThat(portal.getList(portal.fieldIndex("years"))).containsExactly(2025);
    assertThat(portal.getList(portal.fieldIndex("gcm_objectives"))).containsExactly(20);
    assertThat(portal.getList(portal.fieldIndex("sdg_targets"))).containsExactly("10.c", "17.3");

    Row group = fixtureRecord("A-1");
    assertThat(group.<String>getAs("theme")).as("RT3 belongs to theme 2").isEqualTo("T2");
    assertThat(group.<String>getAs("sub_theme")).isNull();
    assertThat(group.<String>getAs("objective")).isEqualTo("Coherence");
    assertThat(group.getList(group.fieldIndex("countries"))).isEmpty();
  }

  @Test
  void everyBadRecordIsQuarantinedWithItsReason() {
    Map<Long, String> reasons =
        Quarantined.reasonsByRow(warehouse, col("_source_file").equalTo("practices.csv"));
    assertThat(reasons)
        .containsEntry(4L, "MISSING_REQUIRED_FIELD: title")
        .containsEntry(5L, "INVALID_VALUE: record type project")
        .containsEntry(6L, "MISSING_REQUIRED_FIELD: roundtable of a matrix activity")
        .containsEntry(7L, "UNKNOWN_TAG: GFMD roundtable RT4")
        .containsEntry(8L, "UNKNOWN_TAG: GFMD sub-theme RT2z")
        .containsEntry(
            9L, "INVALID_VALUE: sub-theme RT2a belongs to RT2; the record gives roundtable RT1")
        .containsEntry(10L, "UNKNOWN_AREA_CODE: countries QQQ")
        .containsEntry(11L, "BAD_PERIOD: years 202")
        .containsEntry(12L, "UNKNOWN_TAG: GCM objective 0")
        .containsEntry(13L, "UNKNOWN_TAG: SDG target 99.1")
        .containsEntry(14L, "DUPLICATE_KEY: " + FIXTURE + " P-11 on 2 records")
        .containsEntry(15L, "DUPLICATE_KEY: " + FIXTURE + " P-11 on 2 records")
        .containsEntry(16L, "MALFORMED_RECORD: 15 fields, the header has 14")
        .hasSize(13);
  }

  @Test
  void theDemoPracticesFileLosesOnlyItsPlantedRecord() {
    InputOutcome demo = outcome("gfmd_practices_secretariat_demo.csv");
    assertThat(demo.rowsRead()).isEqualTo(3);
    assertThat(demo.rowsAccepted()).isEqualTo(2);
    assertThat(demo.rowsQuarantined()).isEqualTo(1);
    assertThat(
            warehouse
                .read(SilverTables.QUARANTINE)
                .where(col("_source_file").equalTo("gfmd_practices_secretariat_demo.csv"))
                .first()
                .<String>getAs("reasons"))
        .isEqualTo("INVALID_VALUE: sub-theme RT2a belongs to RT2; the record gives roundtable RT1");
  }

  @Test
  void aFileThatIsNotUtf8IsRejectedWholeAndTheRunGoesOn() {
    InputOutcome latin1 = outcome("latin1.csv");
    assertThat(latin1.status()).isEqualTo(InputOutcome.InputStatus.REJECTED);
    assertThat(latin1.source()).isEqualTo("gfmd-activities");
    assertThat(latin1.message().orElseThrow()).startsWith("latin1.csv is not UTF-8 text");
    assertThat(run.inputs())
        .filteredOn(i -> i.status() == InputOutcome.InputStatus.LOADED)
        .allMatch(InputOutcome::reconciles)
        .hasSize(3);
  }

  @Test
  void aCorrectedFileReplacesItsOwnSourceAndLeavesTheMatrixAlone() {
    assertThat(correction.inputs()).singleElement().matches(InputOutcome::reconciles);
    List<Row> fixture = silver().where(col("source").equalTo(FIXTURE)).collectAsList();
    assertThat(fixture).singleElement();
    Row portal = fixture.get(0);
    assertThat(portal.<String>getAs("title")).isEqualTo("Remittance price portal");
    assertThat(portal.getList(portal.fieldIndex("years"))).containsExactly(2026);
    assertThat(silver().where(col("source").equalTo(MATRIX)).count()).isEqualTo(63);
  }

  private Row fixtureRecord(String id) {
    return warehouse
        .readVersion(SilverTables.GFMD_ACTIVITY, firstRunVersion)
        .where(col("source").equalTo(FIXTURE).and(col("record_id").equalTo(id)))
        .first();
  }

  private Dataset<Row> silver() {
    return warehouse.read(SilverTables.GFMD_ACTIVITY);
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream()
        .filter(i -> i.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + file));
  }
}
