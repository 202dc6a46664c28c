package org.corridor.etl.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.rpw.RpwCorridorCsv;
import org.corridor.etl.source.rpw.RpwServiceCsv;
import org.corridor.etl.source.rpw.RpwServiceWorkbook;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.BronzeTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpwDemoWriterTest {
  @TempDir Path temp;

  @Test
  void sameSeedWritesTheSameBytes() throws IOException {
    List<Path> first = new RpwDemoWriter(Areas.load(), 7).writeTo(temp.resolve("a"));
    List<Path> second = new RpwDemoWriter(Areas.load(), 7).writeTo(temp.resolve("b"));
    List<Path> otherSeed = new RpwDemoWriter(Areas.load(), 8).writeTo(temp.resolve("c"));

    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
      assertThat(Files.readAllBytes(otherSeed.get(i)))
          .isNotEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  @Test
  void filesAreInThePublishersLayoutsWithThePlantedBadRows() throws IOException {
    List<Path> files = new RpwDemoWriter(Areas.load(), DemoData.DEFAULT_SEED).writeTo(temp);

    // 36 corridors x 8 providers x 8 quarters, and the unknown country's row; the mobile wallet
    // has no USD 500 price.
    ParsedFile services = readServices(files.get(0));
    assertThat(services.rejected()).isEmpty();
    assertThat(services.bronzeRows()).hasSize((36 * 8 * 8 + 1) * 2 - 36 * 8);
    assertThat(cells(services, "destination_code")).contains("ZZZ", "KSV");
    assertThat(cells(services, "lcu_fee")).contains("-5.00");
    assertThat(cells(services, "speed_actual"))
        .containsOnly(
            "Less than one hour", "3-5 days", "Next day", "Same day", "2 days", "6 days or more");

    SourceFile book = SourceFile.read(files.get(1));
    ParsedFile workbook = RpwServiceWorkbook.read(book, provenance(book));
    assertThat(workbook.bronzeRows()).hasSize(12 * 8 * 6 * 2 - 12 * 6);
    assertThat(cells(workbook, "sheet"))
        .containsOnly("Dataset (up to Q1 2016)", "Dataset (from Q2 2016)");
    assertThat(cells(workbook, "period")).contains("2015_3Q", "2015_5Q", "2016_4Q");
    assertThat(cells(workbook, "payment_instrument")).contains("Cash to cash", "Debit card");

    // 7 senders x 34 receivers (33 and the unknown one), 8 quarters: the 36 corridors have a
    // value in every quarter, the unknown country one.
    ParsedFile corridors = readCorridors(files.get(2));
    assertThat(corridors.rejected()).isEmpty();
    assertThat(corridors.bronzeRows()).hasSize(36 * 8 + 1);
  }

  @Test
  void aCorridorAverageIsTheMeanOfItsServicesUsd200TotalCost() throws IOException {
    List<Path> files = new RpwDemoWriter(Areas.load(), DemoData.DEFAULT_SEED).writeTo(temp);
    ParsedFile services = readServices(files.get(0));
    ParsedFile corridors = readCorridors(files.get(2));

    double mean =
        services.bronzeRows().stream()
            .filter(r -> cell(r, "corridor").equals("GBRKEN"))
            .filter(r -> cell(r, "period").equals("2024_3Q"))
            .filter(r -> cell(r, "amount_block").equals("cc1"))
            .mapToDouble(r -> Double.parseDouble(cell(r, "total_cost_pct")))
            .average()
            .orElseThrow();
    Row average =
        corridors.bronzeRows().stream()
            .filter(r -> r.getString(0).equals("GBR") && r.getString(4).equals("KEN"))
            .filter(r -> r.getString(6).equals("2024Q3 [YR2024Q3]"))
            .findFirst()
            .orElseThrow();
    assertThat(Double.parseDouble(average.getString(7))).isCloseTo(mean, within(5e-5));
  }

  @Test
  void writeCsvWritesAnyNumberOfRowsQuarterAfterQuarterWithoutRepeatingAService()
      throws IOException {
    Path file = temp.resolve("big.csv");
    Areas areas = Areas.load();
    List<Area> three = areas.countries().subList(0, 3);
    // 3 countries: 6 corridors x 8 providers = 48 services a quarter.
    RpwDemoWriter.writeCsv(file, 100, 11, three);

    try (Stream<String> lines = Files.lines(file)) {
      assertThat(lines.count()).isEqualTo(101);
    }
    ParsedFile parsed = readServices(file);
    assertThat(parsed.rejected()).isEmpty();
    assertThat(cells(parsed, "period")).containsExactly("2016_2Q", "2016_3Q", "2016_4Q");
    assertThat(
            parsed.bronzeRows().stream()
                .filter(r -> cell(r, "amount_block").equals("cc1"))
                .map(r -> cell(r, "period") + cell(r, "corridor") + cell(r, "firm"))
                .distinct()
                .count())
        .isEqualTo(100);
    Path everyCountry = temp.resolve("every.csv");
    RpwDemoWriter.writeCsv(everyCountry, 1_000, 11);
    try (Stream<String> lines = Files.lines(everyCountry)) {
      assertThat(lines.skip(1).map(line -> line.split(",")[2]).distinct().count())
          .as("the first thousand rows: the first country to the others")
          .isEqualTo(1);
    }
  }

  private static List<String> cells(ParsedFile file, String column) {
    return file.bronzeRows().stream().map(r -> cell(r, column)).distinct().toList();
  }

  private static String cell(Row row, String column) {
    return row.getString(BronzeTables.RPW_SERVICE.columnNames().indexOf(column));
  }

  private static ParsedFile readServices(Path path) {
    SourceFile file = SourceFile.read(path);
    return RpwServiceCsv.read(file, provenance(file));
  }

  private static ParsedFile readCorridors(Path path) {
    SourceFile file = SourceFile.read(path);
    return RpwCorridorCsv.read(file, provenance(file));
  }

  private static Provenance provenance(SourceFile file) {
    return Provenance.of(file, "test", new Timestamp(0));
  }
}
