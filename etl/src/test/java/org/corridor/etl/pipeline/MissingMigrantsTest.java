package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.Fixtures;
import org.corridor.etl.RealData;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * IOM Missing Migrants downloads to silver.missing_migrants, on the hand-written fixtures in
 * src/test/resources/mmp-fixture (expected values read off them by hand) and on the real 2026
 * download, reconciled against sums computed here from the file with commons-csv.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissingMigrantsTest {
  private static final String CURRENT = "MissingMigrants-Global-fixture.csv";
  private static final String OLDER = "MissingMigrants-older-layout.csv";
  private static final String REAL = "MissingMigrants-Global-2026-05-06--19_42_11.csv";

  private Warehouse warehouse;
  private RunSummary run;
  private Optional<Path> real;

  @BeforeAll
  void load(@TempDir Path temp) {
    Path inputs = Fixtures.copy("mmp-fixture", temp.resolve("inputs"));
    List<Path> files = new ArrayList<>(List.of(inputs.resolve(CURRENT), inputs.resolve(OLDER)));
    real = RealData.folder("iom-mmp");
    real.ifPresent(folder -> files.add(folder.resolve(REAL)));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(files, Optional.empty(), "test");
  }

  @Test
  void everyRecordIsAcceptedOrQuarantined() {
    assertThat(outcome(CURRENT).source()).isEqualTo("iom-missing-migrants");
    assertThat(outcome(CURRENT).rowsRead()).isEqualTo(13);
    assertThat(outcome(CURRENT).rowsAccepted()).isEqualTo(4);
    assertThat(outcome(CURRENT).rowsQuarantined()).isEqualTo(9);
    assertThat(outcome(OLDER).rowsRead()).isEqualTo(2);
    assertThat(outcome(OLDER).rowsAccepted()).isEqualTo(2);
  }

  @Test
  void blankCountsReadAsZeroAndTheFileTotalIsDeadPlusMissing() {
    Row totals =
        incidents(CURRENT).agg(sum("dead").alias("dead"), sum("missing").alias("missing")).first();
    // Accepted lines 2, 3, 4 and 6: dead 3 + blank + 1 + 4, missing 2 + 7 + blank + 0.
    assertThat(totals.<Long>getAs("dead")).isEqualTo(8L);
    assertThat(totals.<Long>getAs("missing")).isEqualTo(9L);
    assertThat(incident("2024.MMP0002").<Long>getAs("dead")).isZero();
    assertThat(incident("2024.MMP0003").<Long>getAs("missing")).isZero();
  }

  @Test
  void datesCoordinatesAndOriginsAreConformed() {
    Row first = incident("2024.MMP0001");
    assertThat(first.<Date>getAs("incident_date")).isEqualTo(Date.valueOf("2024-01-15"));
    assertThat(first.<Integer>getAs("year")).isEqualTo(2024);
    assertThat(first.<Double>getAs("latitude")).isEqualTo(33.5);
    assertThat(first.<Double>getAs("longitude")).isEqualTo(12.25);
    assertThat(first.<String>getAs("origins")).isEqualTo("SDN,ERI");
    assertThat(first.<String>getAs("unmatched_origins")).isNull();
    assertThat(first.<String>getAs("region")).isEqualTo("Mediterranean");
    assertThat(first.<String>getAs("route")).isEqualTo("Central Mediterranean");
    assertThat(first.<String>getAs("main_id")).isEqualTo("2024.MMP0001");
    assertThat(first.<String>getAs("country_of_incident"))
        .as("the current download names no country of incident")
        .isNull();
    assertThat(incident("2024.MMP0002").<String>getAs("origins")).isEqualTo("HKG,VNM");
    assertThat(incident("2024.MMP0002").<Double>getAs("latitude")).isNull();
    Row atlantis = incident("2024.MMP0003");
    assertThat(atlantis.<String>getAs("origins")).isEqualTo("MLI");
    assertThat(atlantis.<String>getAs("unmatched_origins")).isEqualTo("Atlantis");
    Row unknownOrigin = incident("2024.MMP0004");
    assertThat(unknownOrigin.<String>getAs("origins")).isNull();
    assertThat(unknownOrigin.<String>getAs("unmatched_origins")).isNull();
    assertThat(unknownOrigin.<Integer>getAs("year")).isEqualTo(2023);
    assertThat(unknownOrigin.<Double>getAs("latitude")).as("latitude 95 is off the globe").isNull();
    assertThat(unknownOrigin.<Double>getAs("longitude")).isNull();
  }

  @Test
  void theOlderLayoutNamesTheCountryOfIncident() {
    Row libya = incident("2019.MMP001");
    assertThat(libya.<String>getAs("country_of_incident")).isEqualTo("LBY");
    assertThat(libya.<String>getAs("incident_type")).isEqualTo("Incident");
    assertThat(libya.<Date>getAs("incident_date")).isEqualTo(Date.valueOf("2019-06-15"));
    assertThat(libya.<Long>getAs("dead")).isEqualTo(10L);
    assertThat(libya.<Long>getAs("missing")).isEqualTo(5L);
    assertThat(libya.<String>getAs("origins")).isEqualTo("NGA");
    Row turkiye = incident("2019.MMP002");
    assertThat(turkiye.<String>getAs("country_of_incident")).isEqualTo("TUR");
    assertThat(turkiye.<Long>getAs("missing")).isZero();
  }

  @Test
  void everyBadRecordIsQuarantinedWithItsReason() {
    assertThat(reasons(CURRENT))
        .containsEntry(7L, "BAD_PERIOD: year 20X4")
        .containsEntry(8L, "NON_NUMERIC_VALUE: Number Dead two")
        .containsEntry(9L, "NEGATIVE_VALUE: Minimum Estimated Number of Missing -5")
        .containsEntry(
            10L,
            "MISSING_REQUIRED_FIELD: Number Dead and Minimum Estimated Number of Missing are both"
                + " blank")
        .containsEntry(11L, "DUPLICATE_KEY: 2024.MMP0009 on 2 records")
        .containsEntry(12L, "DUPLICATE_KEY: 2024.MMP0009 on 2 records")
        .containsEntry(13L, "BAD_PERIOD: incident date Thu, 02/30/2024 - 12:00")
        .containsEntry(14L, "MISSING_REQUIRED_FIELD: Incident ID")
        .containsEntry(15L, "MALFORMED_RECORD: 8 fields, the header has 22")
        .hasSize(9);
  }

  @Test
  void realDownloadReconcilesWithSumsComputedFromTheFile() throws IOException {
    Assumptions.assumeTrue(real.isPresent(), "../shared/realdata/iom-mmp is absent");
    List<CSVRecord> records;
    try (Reader reader =
        Files.newBufferedReader(real.get().resolve(REAL), StandardCharsets.UTF_8)) {
      records =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(reader)
              .getRecords();
    }
    List<CSVRecord> negative =
        records.stream()
            .filter(
                r ->
                    count(r, "Number Dead") < 0
                        || count(r, "Minimum Estimated Number of Missing") < 0)
            .toList();
    long fileTotal =
        records.stream()
            .mapToLong(
                r -> count(r, "Number Dead") + count(r, "Minimum Estimated Number of Missing"))
            .sum();
    long acceptedTotal =
        records.stream()
            .filter(r -> !negative.contains(r))
            .mapToLong(
                r -> count(r, "Number Dead") + count(r, "Minimum Estimated Number of Missing"))
            .sum();

    InputOutcome outcome = outcome(REAL);
    assertThat(outcome.rowsRead()).isEqualTo(records.size()).isEqualTo(238);
    assertThat(negative)
        .singleElement()
        .satisfies(r -> assertThat(r.get("Incident ID")).isEqualTo("2026.MMP0190218"));
    assertThat(outcome.rowsQuarantined()).isEqualTo(1);
    assertThat(outcome.rowsAccepted()).isEqualTo(237);
    // The record is on line 197 of the file (grep -n 2026.MMP0190218).
    assertThat(reasons(REAL))
        .containsExactly(Map.entry(197L, "NEGATIVE_VALUE: Minimum Estimated Number of Missing -5"));
    Row loaded =
        incidents(REAL).agg(sum("dead").alias("dead"), sum("missing").alias("missing")).first();
    assertThat(loaded.<Long>getAs("dead") + loaded.<Long>getAs("missing"))
        .isEqualTo(acceptedTotal)
        .isEqualTo(1888L);
    // IOM's own total keeps the quarantined record's 17 dead and -5 missing.
    assertThat(fileTotal).isEqualTo(acceptedTotal + 17 - 5).isEqualTo(1900L);
    assertThat(incidents(REAL).where(col("unmatched_origins").isNotNull()).count())
        .as("every origin IOM writes in the file is a country or a known non-country")
        .isZero();
    Row first = incident("2026.MMP0001");
    assertThat(first.<String>getAs("origins")).isEqualTo("IRQ");
    assertThat(first.<Date>getAs("incident_date")).isEqualTo(Date.valueOf("2026-01-01"));
    assertThat(first.<Double>getAs("latitude")).isEqualTo(37.34265178);
    assertThat(first.<Double>getAs("longitude")).isEqualTo(42.99259985);
    assertThat(first.<Long>getAs("dead")).isEqualTo(1L);
    assertGoldSumsOf2026(records.stream().filter(r -> !negative.contains(r)).toList());
  }

  /** SDG 10.7.3 for 2026 (only the real download has that year), summed here from its records. */
  private void assertGoldSumsOf2026(List<CSVRecord> accepted) {
    long world = 0;
    long westernAsia = 0;
    for (CSVRecord r : accepted) {
      if (r.get("Year").equals("2026")) {
        long persons = count(r, "Number Dead") + count(r, "Minimum Estimated Number of Missing");
        world += persons;
        westernAsia += r.get("Region").equals("Western Asia") ? persons : 0;
      }
    }
    assertThat(goldValue("WLD")).isEqualTo(world);
    assertThat(goldValue("M49_145")).isEqualTo(westernAsia).isPositive();
  }

  private double goldValue(String area) {
    return warehouse
        .read(GoldTables.INDICATOR_OBSERVATION)
        .where(
            col("indicator")
                .equalTo("10.7.3")
                .and(col("area").equalTo(area))
                .and(col("period").equalTo("2026")))
        .first()
        .<Double>getAs("value");
  }

  private static long count(CSVRecord record, String column) {
    String value = record.get(column);
    return value.isEmpty() ? 0 : Long.parseLong(value);
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }

  private Dataset<Row> incidents(String file) {
    return warehouse.read(SilverTables.MISSING_MIGRANTS).where(col("_source_file").equalTo(file));
  }

  private Row incident(String id) {
    return warehouse
        .read(SilverTables.MISSING_MIGRANTS)
        .where(col("incident_id").equalTo(id))
        .first();
  }

  private Map<Long, String> reasons(String file) {
    return warehouse
        .read(SilverTables.QUARANTINE)
        .where(col("_source_file").equalTo(file))
        .collectAsList()
        .stream()
        .collect(Collectors.toMap(r -> r.<Long>getAs("_source_row"), r -> r.getAs("reasons")));
  }
}
