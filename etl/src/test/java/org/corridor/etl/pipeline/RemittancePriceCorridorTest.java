package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RPW DataBank corridor exports to silver.remittance_price_corridor: a fixture, the real file. */
class RemittancePriceCorridorTest {
  private static final String REAL_FILE = "36d1ed87-9a2d-41da-8eac-c1c25d45fa65_Data.csv";

  @TempDir Path temp;

  @Test
  void cellsReachSilverByCorridorAndQuarterAndEveryBadCellIsQuarantinedWithItsReason() {
    Path inputs = Fixtures.copy("rpw-corridor-fixture", temp.resolve("inputs"));
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());

    RunSummary run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent()).runFolder(inputs, "test");

    InputOutcome outcome = run.inputs().get(0);
    assertThat(outcome.source()).isEqualTo("rpw-corridor");
    assertThat(outcome.rowsRead()).isEqualTo(10);
    assertThat(outcome.rowsAccepted()).isEqualTo(3);
    assertThat(outcome.rowsQuarantined()).isEqualTo(7);
    assertThat(
            warehouse.read(SilverTables.REMITTANCE_PRICE_CORRIDOR).collectAsList().stream()
                .map(
                    r ->
                        r.<String>getAs("sending_area")
                            + " "
                            + r.<String>getAs("receiving_area")
                            + " "
                            + r.<String>getAs("quarter")
                            + " "
                            + r.<String>getAs("series_code")
                            + " "
                            + r.<Double>getAs("value_pct")))
        .containsExactlyInAnyOrder(
            "USA MEX 2019-Q4 ATCR.CORR 5.123",
            "DEU XKX 2019-Q4 ATCR.CORR 6.5",
            "DEU XKX 2020-Q1 ATCR.CORR 6.25");
    Map<String, String> reasons =
        warehouse.read(SilverTables.QUARANTINE).collectAsList().stream()
            .collect(
                Collectors.toMap(
                    r -> r.<Long>getAs("_source_row") + " " + r.<String>getAs("source_column"),
                    r -> r.<String>getAs("reasons")));
    assertThat(reasons)
        .containsOnly(
            Map.entry("5 2019Q4 [YR2019Q4]", "UNKNOWN_AREA_CODE: receiving ANT"),
            Map.entry("6 2020Q1 [YR2020Q1]", "NON_NUMERIC_VALUE: 2020Q1 [YR2020Q1] abc"),
            Map.entry(
                "7 2019Q4 [YR2019Q4]",
                "OUT_OF_RANGE_PERCENTAGE: 2019Q4 [YR2019Q4] -1.5 is outside 0 to 100"),
            Map.entry(
                "2 2020Q2 [YR2020Q2]", "DUPLICATE_KEY: USA -> MEX ATCR.CORR 2020-Q2 on 2 lines"),
            Map.entry(
                "8 2020Q2 [YR2020Q2]", "DUPLICATE_KEY: USA -> MEX ATCR.CORR 2020-Q2 on 2 lines"),
            Map.entry("9 2019Q4 [YR2019Q4]", "MISSING_REQUIRED_FIELD: Sending Countries Code"),
            Map.entry("10 ", "MALFORMED_RECORD: 3 fields, the header has 9"));
  }

  @Test
  void realExportReconcilesCellByCellAndKeepsKosovo() throws IOException {
    Optional<Path> folder = RealData.folder("wb-rpw");
    Assumptions.assumeTrue(folder.isPresent(), "../shared/realdata/wb-rpw is absent");
    Path file = folder.get().resolve(REAL_FILE);
    List<CSVRecord> lines = dataLines(file);
    List<String> header = lines.get(0).getParser().getHeaderNames();
    long cells = 0;
    long antilles = 0;
    long negative = 0;
    for (CSVRecord line : lines) {
      for (int q = 6; q < header.size(); q++) {
        if (!line.get(q).equals("..")) {
          cells++;
          antilles += line.get(5).equals("ANT") ? 1 : 0;
          negative += Double.parseDouble(line.get(q)) < 0 ? 1 : 0;
        }
      }
    }
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.resolve("real").toString());

    RunSummary run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(List.of(file), Optional.empty(), "real rpw corridors");

    InputOutcome outcome = run.inputs().get(0);
    assertThat(lines).hasSize(5_328);
    assertThat(outcome.rowsRead()).isEqualTo(cells).isEqualTo(10_417);
    assertThat(antilles).isEqualTo(15);
    assertThat(negative).isEqualTo(5);
    assertThat(outcome.rowsQuarantined()).isEqualTo(antilles + negative).isEqualTo(20);
    assertThat(outcome.rowsAccepted()).isEqualTo(10_397);
    Map<String, Long> byReason =
        warehouse.read(SilverTables.QUARANTINE).collectAsList().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.<String>getAs("reasons").split(":")[0], Collectors.counting()));
    assertThat(byReason)
        .containsOnly(
            Map.entry("UNKNOWN_AREA_CODE", 15L), Map.entry("OUT_OF_RANGE_PERCENTAGE", 5L));
    Row usaMexico =
        warehouse
            .read(SilverTables.REMITTANCE_PRICE_CORRIDOR)
            .where(
                col("sending_area")
                    .equalTo("USA")
                    .and(col("receiving_area").equalTo("MEX"))
                    .and(col("quarter").equalTo("2020-Q3")))
            .first();
    CSVRecord usaMexicoLine =
        lines.stream()
            .filter(r -> r.get(1).equals("USA") && r.get(5).equals("MEX"))
            .findFirst()
            .orElseThrow();
    assertThat(usaMexico.<Double>getAs("value_pct"))
        .isEqualTo(Double.parseDouble(usaMexicoLine.get(header.size() - 1)))
        .isEqualTo(4.18037033081055);
    assertThat(
            warehouse
                .read(SilverTables.REMITTANCE_PRICE_CORRIDOR)
                .where(col("receiving_area").equalTo("XKX"))
                .count())
        .as("RPW's KSV is Kosovo")
        .isEqualTo(80);
    assertCorridorCountsOfTheLastQuarter(warehouse, lines, header.size() - 1);
  }

  /**
   * SDG 10.c.1's corridor counts for 2020-Q3 (the file's last column), counted here over the valid
   * published averages: every corridor RPW prices that quarter, Antilles and negatives aside.
   */
  private static void assertCorridorCountsOfTheLastQuarter(
      Warehouse warehouse, List<CSVRecord> lines, int column) {
    long corridors = 0;
    long above = 0;
    long below = 0;
    for (CSVRecord line : lines) {
      if (line.get(column).equals("..") || line.get(5).equals("ANT")) {
        continue;
      }
      double cost = Double.parseDouble(line.get(column));
      if (cost >= 0) {
        corridors++;
        above += cost > 5 ? 1 : 0;
        below += cost < 3 ? 1 : 0;
      }
    }
    Dataset<Row> gold =
        warehouse
            .read(GoldTables.INDICATOR_OBSERVATION)
            .where(col("indicator").equalTo("10.c.1").and(col("period").equalTo("2020-Q3")));
    assertThat(worldValue(gold, "CORRIDORS_ABOVE_5PCT")).isEqualTo(above);
    assertThat(worldValue(gold, "CORRIDORS_BELOW_3PCT")).isEqualTo(below);
    assertThat(worldValue(gold, "CORRIDORS_ABOVE_5PCT_SHARE"))
        .isCloseTo(100.0 * above / corridors, within(1e-9));
    assertThat(corridors).isGreaterThan(300);
    Row usaMexico =
        gold.where(
                col("series")
                    .equalTo("CORRIDOR_USD200")
                    .and(col("origin").equalTo("USA"))
                    .and(col("destination").equalTo("MEX")))
            .first();
    assertThat(usaMexico.<Double>getAs("value")).isEqualTo(4.18037033081055);
  }

  private static double worldValue(Dataset<Row> gold, String series) {
    return gold.where(col("series").equalTo(series).and(col("area").equalTo("WLD")))
        .first()
        .<Double>getAs("value");
  }

  /** The data lines between the header and the footer, parsed apart from the reader under test. */
  private static List<CSVRecord> dataLines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String body = text.substring(0, text.indexOf("\n,,,"));
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(body))
        .getRecords();
  }
}
