package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.corridor.etl.RealData;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.gold.RemittanceCorridorGold;
import org.corridor.warehouse.area.AreaNames;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ETL on the World Bank's real KNOMAD matrices for 2017 (remittances, April 2018 version;
 * migrant stocks), both redistributed with an extra sheet of their own. Expected values are read
 * from the same workbooks with POI's in-memory reader, independent of the streaming reader under
 * test. Skipped where the files are absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealKnomadMatricesTest {
  private static final String REMITTANCES = "WB_Bilateral_Remittance_Estimates_2017.xlsx";
  private static final String STOCK = "WB_Bilateral_Estimates_Migrant_Stocks_2017.xlsx";
  private static final String WDI_RECEIVED = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv";
  private static final Set<String> NOT_COUNTRIES =
      Set.of("WORLD", "World", "Other North", "Other South");

  private Warehouse warehouse;
  private RunSummary run;
  private Published remittances;
  private Published stock;
  private Path received;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Optional<Path> folder = RealData.folder("knomad");
    assumeTrue(folder.isPresent(), "../shared/realdata/knomad is absent");
    remittances = Published.read(folder.get().resolve(REMITTANCES), "Bilateral_Remittances_2017");
    stock = Published.read(folder.get().resolve(STOCK), "Bilateral_Migration_2017");
    Optional<Path> wdi = RealData.folder("wb-wdi");
    assumeTrue(wdi.isPresent(), "../shared/realdata/wb-wdi is absent");
    received = wdi.get().resolve(WDI_RECEIVED);
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(
                List.of(folder.get().resolve(REMITTANCES), folder.get().resolve(STOCK), received),
                Optional.empty(),
                "real knomad");
  }

  @Test
  void everyPublishedCellIsReadAndEitherLoadedOrQuarantined() {
    InputOutcome remittanceOutcome = outcome(REMITTANCES);
    assertThat(remittanceOutcome.source()).isEqualTo("knomad-remittance");
    assertThat(remittanceOutcome.rowsRead()).isEqualTo(remittances.cells()).isEqualTo(46_225);
    // 214 x 214 country cells less the four corridors without an estimate.
    assertThat(remittanceOutcome.rowsAccepted()).isEqualTo(45_792);
    assertThat(remittanceOutcome.rowsQuarantined()).isEqualTo(433);

    InputOutcome stockOutcome = outcome(STOCK);
    assertThat(stockOutcome.source()).isEqualTo("knomad-migrant-stock");
    assertThat(stockOutcome.rowsRead()).isEqualTo(stock.cells()).isEqualTo(47_087);
    // 214 x 214 country cells less two left empty (Iran and Kosovo to the United Arab Emirates).
    assertThat(stockOutcome.rowsAccepted()).isEqualTo(45_794);
    assertThat(stockOutcome.rowsQuarantined()).isEqualTo(1_293);
  }

  @Test
  void onlyTotalsResidualsAndCorridorsWithoutAnEstimateAreQuarantined() {
    assertThat(reasonCounts(REMITTANCES))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("NOT_A_COUNTRY", 429L, "MISSING_REQUIRED_FIELD", 4L));
    assertThat(reasonCounts(STOCK))
        .containsExactlyInAnyOrderEntriesOf(Map.of("NOT_A_COUNTRY", 1_293L));
    assertThat(
            warehouse
                .read(BronzeTables.KNOMAD_MATRIX)
                .where(col("value").equalTo("-"))
                .collectAsList()
                .stream()
                .map(r -> r.getAs("origin_name") + " -> " + r.getAs("destination_name")))
        .containsExactlyInAnyOrder(
            "India -> Pakistan", "Pakistan -> India", "Israel -> Lebanon", "Lebanon -> Israel");
  }

  @Test
  void everyNameIsACountryOrOneOfTheWorldBanksTotalsAndResiduals() {
    AreaNames names = AreaNames.of(AreaNames.Publisher.WORLD_BANK);
    Set<String> published = new HashSet<>(remittances.names());
    published.addAll(stock.names());

    Set<String> unmatched =
        published.stream().filter(n -> names.iso3(n).isEmpty()).collect(Collectors.toSet());
    assertThat(unmatched).isEqualTo(NOT_COUNTRIES);
    assertThat(unmatched).allSatisfy(n -> assertThat(names.isNotACountry(n)).isTrue());
    Set<String> codes =
        published.stream().map(names::iso3).flatMap(Optional::stream).collect(Collectors.toSet());
    assertThat(codes).as("no two names for one country").hasSize(published.size() - 4);
    assertThat(codes).hasSize(214).contains("PRK", "MKD", "SWZ", "FRO", "XKX", "CHI", "PSE");
    assertThat(distinct(SilverTables.BILATERAL_REMITTANCE, "origin")).isEqualTo(codes);
    assertThat(distinct(SilverTables.BILATERAL_MIGRANT_STOCK, "destination")).isEqualTo(codes);
  }

  @Test
  void remittanceCellsAddUpToTheWorldColumnAndToTheWorldRowSaveTwoWithheldCorridors() {
    AreaNames names = AreaNames.of(AreaNames.Publisher.WORLD_BANK);
    Map<String, Double> byOrigin = sums(SilverTables.BILATERAL_REMITTANCE, "origin", "value_usd");
    Map<String, Double> byDestination =
        sums(SilverTables.BILATERAL_REMITTANCE, "destination", "value_usd");
    Set<String> gaps = new HashSet<>();
    for (String name : remittances.names()) {
      Optional<String> code = names.iso3(name);
      if (code.isEmpty()) {
        continue;
      }
      assertThat(byOrigin.get(code.get()) / 1e6)
          .as(name + " sending, against its WORLD column")
          .isCloseTo(remittances.value(name, "WORLD"), within(1e-6));
      if (Math.abs(byDestination.get(code.get()) / 1e6 - remittances.value("WORLD", name)) > 1e-6) {
        gaps.add(code.get());
      }
    }
    // The WORLD row counts Israel-Lebanon flows the cells withhold ("-"); India-Pakistan's are 0.
    assertThat(gaps).containsExactlyInAnyOrder("ISR", "LBN");
    double loaded = total(SilverTables.BILATERAL_REMITTANCE, "value_usd") / 1e6;
    assertThat(loaded).isCloseTo(613_463.80, within(0.01));
    assertThat(remittances.value("WORLD", "WORLD")).isCloseTo(613_465.84, within(0.01));
  }

  @Test
  void migrantCellsAndTheResidualsAddUpToTheWorldTotalsExactly() {
    AreaNames names = AreaNames.of(AreaNames.Publisher.WORLD_BANK);
    Map<String, Double> byOrigin = sums(SilverTables.BILATERAL_MIGRANT_STOCK, "origin", "persons");
    Map<String, Double> byDestination =
        sums(SilverTables.BILATERAL_MIGRANT_STOCK, "destination", "persons");
    for (String name : stock.names()) {
      Optional<String> code = names.iso3(name);
      if (code.isEmpty()) {
        continue;
      }
      assertThat(
              byOrigin.get(code.get())
                  + stock.value(name, "Other North")
                  + stock.value(name, "Other South"))
          .as(name + " as origin")
          .isEqualTo(stock.value(name, "World"));
      assertThat(
              byDestination.get(code.get())
                  + stock.value("Other North", name)
                  + stock.value("Other South", name))
          .as(name + " as destination")
          .isEqualTo(stock.value("World", name));
    }
    assertThat(total(SilverTables.BILATERAL_MIGRANT_STOCK, "persons")).isEqualTo(252_635_660.0);
    assertThat(stock.value("World", "World")).isEqualTo(266_143_792.0);
  }

  @Test
  void cellsReachSilverAsPublished() {
    org.apache.spark.sql.Row usToMexico =
        warehouse
            .read(SilverTables.BILATERAL_REMITTANCE)
            .where(col("origin").equalTo("USA").and(col("destination").equalTo("MEX")))
            .first();
    assertThat(usToMexico.<Integer>getAs("year")).isEqualTo(2017);
    assertThat(usToMexico.<Double>getAs("value_usd"))
        .isCloseTo(remittances.value("United States", "Mexico") * 1e6, within(1e-3));
    org.apache.spark.sql.Row mexicansInUs =
        warehouse
            .read(SilverTables.BILATERAL_MIGRANT_STOCK)
            .where(col("origin").equalTo("MEX").and(col("destination").equalTo("USA")))
            .first();
    assertThat(mexicansInUs.<Double>getAs("persons"))
        .isEqualTo(stock.value("Mexico", "United States"));
  }

  @Test
  void bilateralRemittancesAreServedPerCorridorAsPublished() {
    org.apache.spark.sql.Row usToMexico =
        gold(RemittanceCorridorGold.BILATERAL, "MEX")
            .where(col("origin").equalTo("USA").and(col("destination").equalTo("MEX")))
            .first();
    assertThat(usToMexico.<Double>getAs("value"))
        .isCloseTo(remittances.value("United States", "Mexico") * 1e6, within(1e-3));
  }

  @Test
  void remittancesPerMigrantDivideWdiInflowsByKnomadEmigrants() throws IOException {
    // Mexico's emigrants in countries: its World total less the two residual columns.
    double emigrants =
        stock.value("Mexico", "World")
            - stock.value("Mexico", "Other North")
            - stock.value("Mexico", "Other South");
    double inflows = wdiValue(received, "MEX", "2017");
    org.apache.spark.sql.Row mexico =
        gold(RemittanceCorridorGold.PER_MIGRANT, "MEX")
            .where(col("period").equalTo("2017"))
            .first();
    assertThat(mexico.<Double>getAs("denominator")).isEqualTo(emigrants);
    assertThat(mexico.<Double>getAs("value")).isCloseTo(inflows / emigrants, within(1e-9));
    assertThat(inflows).isGreaterThan(3e10);
  }

  private Dataset<org.apache.spark.sql.Row> gold(String indicator, String area) {
    return warehouse
        .read(GoldTables.INDICATOR_OBSERVATION)
        .where(col("indicator").equalTo(indicator).and(col("area").equalTo(area)));
  }

  /** One cell of a WDI bulk CSV, parsed apart from the reader under test. */
  private static double wdiValue(Path file, String country, String year) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String table = String.join("\n", lines.subList(4, lines.size()));
    for (CSVRecord line :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setAllowMissingColumnNames(true)
            .get()
            .parse(new StringReader(table))) {
      if (line.get("Country Code").equals(country)) {
        return Double.parseDouble(line.get(year));
      }
    }
    throw new AssertionError(country + " is not in " + file);
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }

  /** Quarantined cells of a file by the name of their (first) reason. */
  private Map<String, Long> reasonCounts(String file) {
    return warehouse
        .read(SilverTables.QUARANTINE)
        .where(col("_source_file").equalTo(file))
        .collectAsList()
        .stream()
        .collect(
            Collectors.groupingBy(
                r -> r.<String>getAs("reasons").split(":")[0], Collectors.counting()));
  }

  private Set<String> distinct(org.corridor.warehouse.table.TableSpec table, String column) {
    return warehouse.read(table).select(column).distinct().collectAsList().stream()
        .map(r -> r.getString(0))
        .collect(Collectors.toSet());
  }

  private Map<String, Double> sums(
      org.corridor.warehouse.table.TableSpec table, String key, String value) {
    return warehouse.read(table).groupBy(key).agg(sum(value)).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getDouble(1)));
  }

  private double total(org.corridor.warehouse.table.TableSpec table, String value) {
    return warehouse.read(table).agg(sum(value)).first().getDouble(0);
  }

  /** A matrix sheet as POI reads it whole: its numbers by row and column label. */
  private record Published(List<String> names, Map<String, Double> numbers, long cells) {
    static Published read(Path file, String sheetName) throws IOException {
      try (InputStream in = Files.newInputStream(file);
          XSSFWorkbook book = new XSSFWorkbook(in)) {
        Sheet sheet = book.getSheet(sheetName);
        Row header = sheet.getRow(1);
        List<String> names = new java.util.ArrayList<>();
        for (int c = 1; c < header.getLastCellNum(); c++) {
          names.add(header.getCell(c).getStringCellValue().strip());
        }
        Map<String, Double> numbers = new HashMap<>();
        long cells = 0;
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          if (row == null || row.getCell(0) == null) {
            continue;
          }
          String origin = row.getCell(0).getStringCellValue().strip();
          for (Cell cell : row) {
            if (cell.getColumnIndex() == 0) {
              continue;
            }
            CellType type =
                cell.getCellType() == CellType.FORMULA
                    ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            if (type == CellType.NUMERIC) {
              numbers.put(
                  origin + "|" + names.get(cell.getColumnIndex() - 1), cell.getNumericCellValue());
              cells++;
            } else if (type == CellType.STRING && !cell.getStringCellValue().isBlank()) {
              cells++;
            }
          }
        }
        return new Published(names, numbers, cells);
      }
    }

    /** A numeric cell's value; an empty or text cell counts as 0, as the totals count it. */
    double value(String origin, String destination) {
      return numbers.getOrDefault(origin + "|" + destination, 0.0);
    }
  }
}
