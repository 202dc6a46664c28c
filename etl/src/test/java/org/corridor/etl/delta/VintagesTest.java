package org.corridor.etl.delta;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.TestSpark;
import org.corridor.warehouse.table.GoldTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VintagesTest {
  private static final String OBSERVATIONS = "gold.indicator_observation";

  @TempDir Path temp;

  @Test
  void vintageReadsExactlyThePinnedRowsAfterALaterRunAndAVacuumRetainingNothing() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.toString());
    new ObservationRows()
        .add("SLV", 2020, null, 20.5)
        .add("GTM", 2020, null, 18.0)
        .write(warehouse, "run-1");
    List<Row> pinned = sorted(warehouse.read(GoldTables.INDICATOR_OBSERVATION));
    long written = warehouse.version(GoldTables.INDICATOR_OBSERVATION).getAsLong();
    Vintages vintages = new Vintages(warehouse);

    Vintage vintage = vintages.create("gfmd-2025", Optional.of("for the GFMD summit"));
    new ObservationRows()
        .add("SLV", 2020, null, 21.0)
        .add("HND", 2020, null, 19.0)
        .write(warehouse, "run-2");
    TableMaintenance.Vacuum vacuum =
        new TableMaintenance(warehouse).vacuum(GoldTables.INDICATOR_OBSERVATION, 0);

    // The later run replaced every file the vintage reads: retaining nothing would delete them.
    assertThat(vacuum.keptForVintage()).contains("gfmd-2025");
    assertThat(vacuum.retainedHours()).isGreaterThanOrEqualTo(1);
    assertThat(sorted(vintages.read(GoldTables.INDICATOR_OBSERVATION, "gfmd-2025")))
        .isEqualTo(pinned)
        .extracting(r -> r.getAs("area"), r -> r.getAs("value"))
        .containsExactly(tuple("GTM", 18.0), tuple("SLV", 20.5));
    assertThat(sorted(vintages.readAsOf(GoldTables.INDICATOR_OBSERVATION, vintage.createdAt())))
        .isEqualTo(pinned);
    assertThat(sorted(warehouse.read(GoldTables.INDICATOR_OBSERVATION)))
        .extracting(r -> r.getAs("area"), r -> r.getAs("value"))
        .containsExactly(tuple("HND", 19.0), tuple("SLV", 21.0));
    // After the last commit the latest version is the answer; before the first there is none.
    assertThat(sorted(vintages.readAsOf(GoldTables.INDICATOR_OBSERVATION, Instant.now())))
        .isEqualTo(sorted(warehouse.read(GoldTables.INDICATOR_OBSERVATION)));
    assertThat(vintages.versionAsOf(GoldTables.INDICATOR_OBSERVATION, Instant.EPOCH)).isEmpty();
    // Only the table that existed is pinned, at the commit that set the properties keeping it.
    assertThat(vintages.list())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.name()).isEqualTo("gfmd-2025");
              assertThat(v.note()).contains("for the GFMD summit");
              assertThat(v.createdAt()).isEqualTo(vintage.createdAt());
              assertThat(v.versions()).isEqualTo(Map.of(OBSERVATIONS, written + 1));
            });
    Row detail =
        DeltaTable.forPath(warehouse.spark(), warehouse.location(GoldTables.INDICATOR_OBSERVATION))
            .detail()
            .first();
    assertThat(detail.<String, String>getJavaMap(detail.fieldIndex("properties")))
        .containsEntry("delta.enableExpiredLogCleanup", "false")
        .containsEntry("delta.deletedFileRetentionDuration", "interval 36500 days")
        .containsEntry("delta.logRetentionDuration", "interval 36500 days");
  }

  @Test
  void aVintageOfAMonthAgoStaysReadableThoughDeltaRefusesTimeTravelPastAWeek() throws IOException {
    Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
    // Without a vintage, Delta refuses a version whose commit is older than a week.
    Warehouse plain = new Warehouse(TestSpark.session(), temp.resolve("plain").toString());
    new ObservationRows().add("SLV", 2020, null, 20.5).write(plain, "run-1");
    long old = plain.version(GoldTables.INDICATOR_OBSERVATION).getAsLong();
    new ObservationRows().add("SLV", 2020, null, 21.0).write(plain, "run-2");
    backdateCommits(plain, old, monthAgo);
    assertThatThrownBy(() -> plain.readVersion(GoldTables.INDICATOR_OBSERVATION, old).count())
        .hasMessageContaining("deletedFileRetentionDuration");

    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.resolve("pinned").toString());
    new ObservationRows().add("SLV", 2020, null, 20.5).write(warehouse, "run-1");
    Vintages vintages = new Vintages(warehouse);
    Vintage vintage = vintages.create("gfmd-2025", Optional.empty());
    new ObservationRows().add("SLV", 2020, null, 21.0).write(warehouse, "run-2");
    long pinned = vintage.version(OBSERVATIONS).getAsLong();
    for (String file :
        warehouse.readVersion(GoldTables.INDICATOR_OBSERVATION, pinned).inputFiles()) {
      Files.setLastModifiedTime(Path.of(URI.create(file)), FileTime.from(monthAgo));
    }
    backdateCommits(warehouse, pinned, monthAgo);

    TableMaintenance.Vacuum vacuum =
        new TableMaintenance(warehouse).vacuum(GoldTables.INDICATOR_OBSERVATION, 0);

    // The vintage's files are 720 hours old; the margin of an hour is rounded up to whole hours.
    assertThat(vacuum.retainedHours()).isEqualTo(722);
    assertThat(vintages.read(GoldTables.INDICATOR_OBSERVATION, "gfmd-2025").collectAsList())
        .extracting(r -> r.getAs("area"), r -> r.getAs("value"))
        .containsExactly(tuple("SLV", 20.5));
  }

  /** Makes the commits up to {@code version} look written at {@code when}, a second apart. */
  private static void backdateCommits(Warehouse warehouse, long version, Instant when)
      throws IOException {
    Path log =
        Path.of(URI.create(warehouse.location(GoldTables.INDICATOR_OBSERVATION) + "/_delta_log"));
    for (long v = 0; v <= version; v++) {
      Files.setLastModifiedTime(
          log.resolve(String.format("%020d.json", v)), FileTime.from(when.plusSeconds(v)));
    }
  }

  @Test
  void revisionReportListsAddedChangedAndWithdrawnObservationsOnTheNaturalKey() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.toString());
    Vintages vintages = new Vintages(warehouse);
    new ObservationRows()
        .add("SLV", 2020, null, 10.0)
        .add("SLV", 2021, null, 11.0)
        .add("GTM", 2020, "F", 5.0)
        .add("GTM", 2020, "M", 6.0)
        .write(warehouse, "run-1");
    vintages.create("2024-q4", Optional.empty());
    // Recomputed by a later run: the unchanged rows carry its run id, which is no revision.
    new ObservationRows()
        .add("SLV", 2020, null, 10.0)
        .add("SLV", 2020, "F", 9.5)
        .add("SLV", 2021, null, 12.0)
        .add("GTM", 2020, "F", 5.0)
        .add("HND", 2020, null, 7.0)
        .write(warehouse, "run-2");
    vintages.create("2025-q1", Optional.empty());

    RevisionReport report = vintages.revisions("2024-q4", "2025-q1");

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.changed()).isEqualTo(1);
    assertThat(report.withdrawn()).isEqualTo(1);
    // SLV 2020 F is a new key beside SLV 2020's total: the sex of the total is null, not "F".
    assertThat(report.changes().collectAsList())
        .extracting(
            r -> r.getAs("change"),
            r -> r.getAs("area"),
            r -> r.getAs("period"),
            r -> r.getAs("sex"),
            r -> r.getAs("old_value"),
            r -> r.getAs("new_value"))
        .containsExactly(
            tuple("ADDED", "HND", "2020", null, null, 7.0),
            tuple("ADDED", "SLV", "2020", "F", null, 9.5),
            tuple("CHANGED", "SLV", "2021", null, 11.0, 12.0),
            tuple("WITHDRAWN", "GTM", "2020", "M", 6.0, null));
  }

  @Test
  void aVintageNameIsTakenOnceAndMustBeAValidName() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.toString());
    new ObservationRows().add("SLV", 2020, null, 20.5).write(warehouse, "run-1");
    Vintages vintages = new Vintages(warehouse);
    vintages.create("gfmd-2025", Optional.of("first"));

    assertThatThrownBy(() -> vintages.create("gfmd-2025", Optional.of("second")))
        .isInstanceOf(EtlErrors.VintageArgument.class)
        .hasMessageStartingWith("vintage 'gfmd-2025' already exists");
    assertThatThrownBy(() -> vintages.create("GFMD 2025", Optional.empty()))
        .isInstanceOf(EtlErrors.VintageArgument.class)
        .hasMessageStartingWith("'GFMD 2025' is not a vintage name");
    assertThatThrownBy(() -> vintages.read(GoldTables.INDICATOR_OBSERVATION, "gfmd-2024"))
        .isInstanceOf(EtlErrors.VintageArgument.class)
        .hasMessage("unknown vintage 'gfmd-2024'; vintages are gfmd-2025");
    assertThat(vintages.list())
        .singleElement()
        .satisfies(v -> assertThat(v.note()).contains("first"));
  }

  @Test
  void aVintageNeedsAGoldTableToPin() {
    Vintages vintages = new Vintages(new Warehouse(TestSpark.session(), temp.toString()));

    assertThatThrownBy(() -> vintages.create("empty", Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("none exists yet");
    assertThat(vintages.list()).isEmpty();
  }

  private static List<Row> sorted(Dataset<Row> rows) {
    return rows.orderBy(col("area"), col("period")).collectAsList();
  }
}
