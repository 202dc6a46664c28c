package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.AuditTables;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assisted returns (Corridor's AVRR layout) and UNHCR's returned refugees into one silver table,
 * return_migration, without either source overwriting the other's rows; and UNHCR's real export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnMigrationTest {
  private Path temp;
  private Warehouse warehouse;
  private RunSummary first;
  private List<Row> afterFirst;
  private RunSummary corrected;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    this.temp = temp;
    Path inputs = Fixtures.copy("returns-fixture", temp.resolve("inputs"));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    EtlPipeline pipeline = new EtlPipeline(warehouse, Areas.load(), Progress.silent());
    first = pipeline.runFolder(inputs, "test");
    afterFirst = returns().collectAsList();
    // IOM's report for Germany 2023, revised: one line left; Niger and 2022 are not in it.
    Path revision = temp.resolve("revision").resolve("assisted-returns-deu-2023.csv");
    Files.createDirectories(revision.getParent());
    Files.writeString(
        revision,
        "host,origin,year,sex,age_group,assistance_type,vulnerability,reintegration_assistance,"
            + "returnees\nDEU,IRQ,2023,M,Y25T34,AVRR,NONE,yes,125\n",
        StandardCharsets.UTF_8);
    corrected = pipeline.runFolder(revision.getParent(), "revision");
  }

  @Test
  void assistedReturnsReconcileAndReachSilverWithTheirCodesUpperCased() {
    InputOutcome outcome = outcome(first, "assisted-returns.csv");
    assertThat(outcome.source()).isEqualTo("assisted-returns");
    assertThat(outcome.rowsRead()).isEqualTo(13);
    assertThat(outcome.rowsAccepted()).isEqualTo(4);
    assertThat(outcome.rowsQuarantined()).isEqualTo(9);

    assertThat(afterFirst).hasSize(4 + 3);
    Row georgia = returns().where(col("origin").equalTo("GEO")).first();
    assertThat(georgia.<String>getAs("host")).isEqualTo("DEU");
    assertThat(georgia.<Integer>getAs("year")).isEqualTo(2022);
    assertThat(georgia.<String>getAs("assistance_type")).as("written avr").isEqualTo("AVR");
    assertThat(georgia.<String>getAs("vulnerability")).as("written none").isEqualTo("NONE");
    assertThat(georgia.<Boolean>getAs("reintegration_assistance")).as("written NO").isFalse();
    assertThat(georgia.<Long>getAs("persons")).isEqualTo(15L);
    Row child =
        afterFirst.stream()
            .filter(r -> r.getAs("age_group").equals("Y_LT18"))
            .findFirst()
            .orElseThrow();
    assertThat(child.<String>getAs("origin")).isEqualTo("IRQ");
    assertThat(child.<String>getAs("vulnerability")).isEqualTo("UNACCOMPANIED_OR_SEPARATED_CHILD");
    assertThat(child.<Boolean>getAs("reintegration_assistance")).isTrue();
    assertThat(child.<Long>getAs("persons")).isEqualTo(7L);
  }

  @Test
  void badAssistedReturnRowsAreQuarantinedWithTheirReasons() {
    String duplicateNigerGuinea =
        "DUPLICATE_KEY: host NER origin GIN year 2023 sex M age_group Y18T24 assistance_type AVRR"
            + " vulnerability VICTIM_OF_TRAFFICKING reintegration_assistance yes on 2 lines";
    assertThat(Quarantined.reasonsByRow(warehouse, "assisted-returns"))
        .containsEntry(6L, "UNKNOWN_AREA_CODE: host ZZZ")
        .containsEntry(7L, "BAD_PERIOD: year 23")
        .containsEntry(8L, "NON_NUMERIC_VALUE: returnees 12.5")
        .containsEntry(9L, "NEGATIVE_VALUE: returnees -4")
        .containsEntry(10L, "MISSING_REQUIRED_FIELD: vulnerability")
        .containsEntry(
            11L, "INVALID_CODE: assistance_type REFUGEE_RETURN is not one of [AVR, AVRR]")
        .containsEntry(12L, duplicateNigerGuinea)
        .containsEntry(13L, duplicateNigerGuinea)
        .containsEntry(14L, "MALFORMED_RECORD: unparseable CSV")
        .hasSize(9);
  }

  @Test
  void unhcrLinesWithoutReturnedRefugeesAreCountedAsNotApplicableNotQuarantined() {
    InputOutcome outcome = outcome(first, "solutions.csv");
    assertThat(outcome.source()).isEqualTo("unhcr-solutions");
    assertThat(outcome.rowsRead()).isEqualTo(14);
    assertThat(outcome.rowsAccepted()).isEqualTo(3);
    assertThat(outcome.rowsNotApplicable())
        .as("Canada resettlement, Yemen IDPs, XXA naturalised")
        .isEqualTo(3);
    assertThat(outcome.rowsQuarantined()).isEqualTo(8);
    assertThat(outcome.reconciles()).isTrue();

    Row audit =
        warehouse
            .read(AuditTables.ETL_INPUT)
            .where(col("source_file").equalTo("solutions.csv"))
            .first();
    assertThat(audit.<Long>getAs("rows_not_applicable")).isEqualTo(3L);
    assertThat(
            warehouse
                .read(BronzeTables.UNHCR_SOLUTIONS)
                .where(col("resettlement_arrivals").equalTo("17"))
                .count())
        .as("resettlement stays in bronze")
        .isEqualTo(1);
  }

  @Test
  void returnedRefugeesBecomeRefugeeReturnsFromAsylumToOrigin() {
    Row syrians =
        returns().where(col("host").equalTo("TUR").and(col("origin").equalTo("SYR"))).first();
    assertThat(syrians.<Integer>getAs("year")).isEqualTo(2022);
    assertThat(syrians.<String>getAs("assistance_type")).isEqualTo("REFUGEE_RETURN");
    assertThat(syrians.<String>getAs("sex")).isEqualTo("_T");
    assertThat(syrians.<String>getAs("age_group")).isEqualTo("_T");
    assertThat(syrians.<String>getAs("vulnerability")).isEqualTo("NOT_REPORTED");
    assertThat(syrians.<Boolean>getAs("reintegration_assistance")).isNull();
    assertThat(syrians.<Long>getAs("persons")).isEqualTo(50_000L);
    assertThat(
            returns()
                .where(col("assistance_type").equalTo("REFUGEE_RETURN"))
                .select("host")
                .collectAsList()
                .stream()
                .map(r -> r.getString(0))
                .collect(Collectors.toSet()))
        .isEqualTo(Set.of("TUR", "PAK", "LBN"));
  }

  @Test
  void badRefugeeReturnLinesAreQuarantinedWithTheirReasons() {
    assertThat(Quarantined.reasonsByRow(warehouse, "unhcr-solutions"))
        .containsEntry(
            23L, "UNKNOWN_AREA_CODE: origin XXA (UNHCR code for stateless persons, not a country)")
        .containsEntry(24L, "UNKNOWN_AREA_CODE: origin (empty)")
        .containsEntry(25L, "NON_NUMERIC_VALUE: returned_refugees abc")
        .containsEntry(26L, "NEGATIVE_VALUE: returned_refugees -5")
        .containsEntry(27L, "BAD_PERIOD: year 20X3")
        .containsEntry(28L, "DUPLICATE_KEY: year 2023 origin_code SSD asylum_code UGA on 2 lines")
        .containsEntry(29L, "DUPLICATE_KEY: year 2023 origin_code SSD asylum_code UGA on 2 lines")
        .containsEntry(30L, "MALFORMED_RECORD: unparseable CSV")
        .hasSize(8);
  }

  @Test
  void aRevisedAssistedReturnsFileReplacesOnlyItsHostsAndYears() {
    assertThat(outcome(corrected, "assisted-returns-deu-2023.csv").rowsAccepted()).isEqualTo(1);
    Dataset<Row> germany2023 =
        returns()
            .where(
                col("host")
                    .equalTo("DEU")
                    .and(col("year").equalTo(2023))
                    .and(col("assistance_type").isin("AVR", "AVRR")));
    assertThat(germany2023.count())
        .as("the child row the revision dropped is withdrawn")
        .isEqualTo(1);
    assertThat(germany2023.first().<Long>getAs("persons")).isEqualTo(125L);
    assertThat(returns().where(col("host").equalTo("NER")).count()).as("other host").isEqualTo(1);
    assertThat(returns().where(col("origin").equalTo("GEO")).count()).as("other year").isEqualTo(1);
    assertThat(returns().where(col("assistance_type").equalTo("REFUGEE_RETURN")).count())
        .as("UNHCR's refugee returns are untouched")
        .isEqualTo(3);
  }

  @Test
  void realSolutionsExportReconcilesAndQuarantinesOnlyLinesWithoutACountry() throws IOException {
    Optional<Path> folder = RealData.folder("unhcr");
    Assumptions.assumeTrue(folder.isPresent(), "../shared/realdata/unhcr is absent");
    Path file = folder.get().resolve("solutions.csv");
    Set<String> countries =
        Areas.load().countries().stream().map(Area::iso3).collect(Collectors.toSet());
    List<CSVRecord> lines = dataLines(file);
    List<CSVRecord> withReturns = lines.stream().filter(r -> !r.get(5).isEmpty()).toList();
    long withoutCountry =
        withReturns.stream()
            .filter(r -> !countries.contains(r.get(2)) || !countries.contains(r.get(4)))
            .count();
    Warehouse real = new Warehouse(TestSpark.session(), temp.resolve("real").toString());

    RunSummary run =
        new EtlPipeline(real, Areas.load(), Progress.silent())
            .run(List.of(file), Optional.empty(), "real unhcr solutions");

    InputOutcome outcome = run.inputs().get(0);
    assertThat(outcome.source()).isEqualTo("unhcr-solutions");
    assertThat(outcome.rowsRead()).isEqualTo(lines.size()).isEqualTo(17_527);
    assertThat(outcome.rowsNotApplicable())
        .isEqualTo(lines.size() - withReturns.size())
        .isEqualTo(12_155);
    assertThat(outcome.rowsQuarantined()).isEqualTo(withoutCountry).isEqualTo(349);
    assertThat(outcome.rowsAccepted())
        .isEqualTo(withReturns.size() - withoutCountry)
        .isEqualTo(5_023);
    assertThat(
            real.read(SilverTables.QUARANTINE)
                .where(col("reasons").startsWith("UNKNOWN_AREA_CODE: ").equalTo(false))
                .count())
        .as("every quarantined line lacks a country code, nothing else")
        .isZero();
    Row somalisFromYemen =
        real.read(SilverTables.RETURN_MIGRATION)
            .where(
                col("host")
                    .equalTo("YEM")
                    .and(col("origin").equalTo("SOM"))
                    .and(col("year").equalTo(2020)))
            .first();
    assertThat(somalisFromYemen.<Long>getAs("persons")).isEqualTo(329L);
    assertThat(real.read(BronzeTables.UNHCR_SOLUTIONS).count()).isEqualTo(17_527);
  }

  /** The data lines after the header, parsed independently of the reader under test. */
  private static List<CSVRecord> dataLines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String body = text.substring(text.indexOf("\nYear,") + 1);
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(body))
        .getRecords();
  }

  private Dataset<Row> returns() {
    return warehouse.read(SilverTables.RETURN_MIGRATION);
  }

  private static InputOutcome outcome(RunSummary run, String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }
}
