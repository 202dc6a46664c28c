package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.corridor.etl.RealData;
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

/**
 * The ETL on the World Bank's real WDI files (remittances received, 2025 release; paid, 2021
 * release; the country metadata). Expected values are read from the same files by a plain CSV parse
 * in the test, independent of the reader under test. Skipped where the files are absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWdiFilesTest {
  private static final String RECEIVED = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv";
  private static final String PAID = "API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv";
  private static final String METADATA =
      "Metadata_Country_API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv";

  private Path temp;
  private Path folder;
  private Warehouse warehouse;
  private RunSummary run;

  @BeforeAll
  void loadRealFiles(@TempDir Path temp) {
    this.temp = temp;
    Optional<Path> realData = RealData.folder("wb-wdi");
    assumeTrue(realData.isPresent(), "../shared/realdata/wb-wdi is absent");
    folder = realData.get();
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("warehouse").toString());
    run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(
                List.of(folder.resolve(RECEIVED), folder.resolve(PAID), folder.resolve(METADATA)),
                Optional.empty(),
                "real wdi");
  }

  @Test
  void everyInputLoadsAndReconciles() {
    assertThat(run.inputs())
        .allSatisfy(
            input -> {
              assertThat(input.status()).isEqualTo(InputOutcome.InputStatus.LOADED);
              assertThat(input.reconciles()).isTrue();
            });
  }

  @Test
  void everyNonEmptyCellOfTheReceivedFileIsAccountedFor() throws IOException {
    long cells = dataLines(RECEIVED).stream().mapToLong(r -> nonEmptyCells(r)).sum();
    InputOutcome received = outcome(RECEIVED);
    assertThat(received.rowsRead()).isEqualTo(cells);
    assertThat(received.rowsAccepted() + received.rowsQuarantined()).isEqualTo(cells);
  }

  @Test
  void aggregateLinesAreRecognisedAndKeptOutOfCountryFacts() throws IOException {
    Set<String> aggregates = new HashSet<>();
    try (Reader reader =
        Files.newBufferedReader(folder.resolve(METADATA), StandardCharsets.UTF_8)) {
      // Columns by position (Country Code, Region, ...); the first record is the header.
      for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
        if (record.getRecordNumber() > 1 && record.get(1).isEmpty()) {
          aggregates.add(record.get(0));
        }
      }
    }
    assertThat(aggregates).hasSize(48);
    Set<String> withValues = new HashSet<>();
    for (CSVRecord line : dataLines(RECEIVED)) {
      if (aggregates.contains(line.get(1)) && nonEmptyCells(line) > 0) {
        withValues.add(line.get(1));
      }
    }
    List<String> loaded =
        warehouse
            .read(SilverTables.PUBLISHER_AGGREGATE)
            .where(col("series_code").equalTo("BX.TRF.PWKR.CD.DT"))
            .select("publisher_code")
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .toList();
    assertThat(loaded).containsExactlyInAnyOrderElementsOf(withValues);
    assertThat(
            warehouse
                .read(SilverTables.REMITTANCE_FLOW)
                .where(col("area").isin(aggregates.toArray()))
                .count())
        .isZero();
    assertThat(
            warehouse
                .read(SilverTables.QUARANTINE)
                .where(col("reasons").contains("UNKNOWN_AREA_CODE"))
                .count())
        .isZero();
  }

  @Test
  void valuesEqualTheFilesOwn() throws IOException {
    assertThat(silverValue("SLV", 2004, "RECEIVED")).isEqualTo(fileValue(RECEIVED, "SLV", "2004"));
    assertThat(silverValue("SLV", 2004, "RECEIVED")).isEqualTo(2_563_000_000.0);
    assertThat(silverValue("PHL", 2020, "PAID")).isEqualTo(fileValue(PAID, "PHL", "2020"));
    assertThat(silverValue("YEM", 2023, "RECEIVED")).isEqualTo(fileValue(RECEIVED, "YEM", "2023"));
  }

  private double silverValue(String area, int year, String direction) {
    Row row =
        warehouse
            .read(SilverTables.REMITTANCE_FLOW)
            .where(
                col("area")
                    .equalTo(area)
                    .and(col("year").equalTo(year))
                    .and(col("direction").equalTo(direction)))
            .first();
    return row.<Double>getAs("value_usd");
  }

  private double fileValue(String file, String code, String year) throws IOException {
    List<CSVRecord> lines = dataLines(file);
    int column = lines.get(0).toList().indexOf(year);
    return lines.stream()
        .filter(r -> r.get(1).equals(code))
        .map(r -> Double.parseDouble(r.get(column)))
        .findFirst()
        .orElseThrow();
  }

  /** The header line and every data line, parsed after the four preamble lines. */
  private List<CSVRecord> dataLines(String file) throws IOException {
    String text = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
    String body = text.substring(text.indexOf("\"Country Name\""));
    return CSVFormat.RFC4180
        .builder()
        .setIgnoreEmptyLines(true)
        .get()
        .parse(new java.io.StringReader(body))
        .getRecords();
  }

  private static long nonEmptyCells(CSVRecord line) {
    if (line.get(0).equals("Country Name")) {
      return 0;
    }
    return line.toList().subList(4, line.size()).stream().filter(v -> !v.isBlank()).count();
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }
}
