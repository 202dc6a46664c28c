package org.corridor.etl.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.activities.ActivityLayout;
import org.corridor.etl.source.knomad.BilateralMatrix;
import org.corridor.etl.source.knomad.KnomadMeasure;
import org.corridor.etl.source.wdi.WdiBulkCsv;
import org.corridor.etl.source.wdi.WdiBulkFile;
import org.corridor.etl.source.wdi.WdiSeries;
import org.corridor.warehouse.area.AreaNames;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.reference.ActivityTranscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {
  @TempDir Path temp;

  @Test
  void sameSeedWritesTheSameBytes() throws IOException {
    List<Path> first = new DemoData(Areas.load(), 7).writeTo(temp.resolve("a"));
    List<Path> second = new DemoData(Areas.load(), 7).writeTo(temp.resolve("b"));
    List<Path> otherSeed = new DemoData(Areas.load(), 8).writeTo(temp.resolve("c"));

    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
    }
    assertThat(Files.readAllBytes(otherSeed.get(0))).isNotEqualTo(Files.readAllBytes(first.get(0)));
  }

  @Test
  void filesAreInTheWdiLayoutWithEveryCountryAndThePlantedBadCells() {
    Areas areas = Areas.load();
    List<Path> files = new DemoData(areas, DemoData.DEFAULT_SEED).writeTo(temp);

    WdiBulkFile remittances = read(files.get(0));
    assertThat(remittances.series()).isEqualTo(WdiSeries.REMITTANCES_RECEIVED);
    assertThat(remittances.lastUpdated()).isEqualTo("2025-07-01");
    assertThat(remittances.rejected()).isEmpty();
    List<String> codes =
        remittances.bronzeRows().stream().map(r -> r.getString(1)).distinct().toList();
    assertThat(codes).contains("ZZZ", "WLD", "HIC", "LIC");
    assertThat(cell(remittances, "NRU", "2003")).isEqualTo("-42");

    WdiBulkFile population = read(files.get(2));
    assertThat(population.dataLines()).isEqualTo(areas.countries().size() + 5);
    assertThat(population.bronzeRows()).hasSize((areas.countries().size() + 5) * 25);
  }

  @Test
  void magnitudesAreThoseOfRealEconomies() {
    List<Path> files = new DemoData(Areas.load(), DemoData.DEFAULT_SEED).writeTo(temp);
    double worldRemittances = Double.parseDouble(cell(read(files.get(0)), "WLD", "2024"));
    double worldGdp = Double.parseDouble(cell(read(files.get(1)), "WLD", "2024"));
    double worldPopulation = Double.parseDouble(cell(read(files.get(2)), "WLD", "2024"));

    // The real world of 2024: GDP about US$ 110 trillion, remittances about 0.7% of it, 8 billion
    // people. The demo need not match, only be of the same order.
    assertThat(worldGdp).isBetween(3e13, 3e14);
    assertThat(worldRemittances / worldGdp).isBetween(0.002, 0.03);
    assertThat(worldPopulation).isBetween(2e9, 2e10);
  }

  @Test
  void knomadMatricesHaveWorldTotalsKnownNamesAndThePlantedBadCells() {
    List<Path> files = new DemoData(Areas.load(), DemoData.DEFAULT_SEED).writeTo(temp);
    ParsedFile remittances =
        matrix(files, KnomadDemoWriter.REMITTANCES_FILE, KnomadMeasure.REMITTANCES);
    ParsedFile stock =
        matrix(files, KnomadDemoWriter.MIGRANT_STOCK_FILE, KnomadMeasure.MIGRANT_STOCK);

    // Every cell written, zeros included: 20 economies and WORLD both ways; the migrant stock
    // matrix adds Other North and Other South.
    assertThat(remittances.bronzeRows()).hasSize(21 * 21);
    assertThat(stock.bronzeRows()).hasSize(23 * 23);
    assertThat(matrixCell(remittances, "Mexico", "India")).isEqualTo("-3.25");
    assertThat(matrixCell(stock, "Ukraine", "Germany")).isEqualTo("n.a.");
    AreaNames names = AreaNames.of(AreaNames.Publisher.WORLD_BANK);
    assertThat(stock.bronzeRows())
        .extracting(r -> r.getString(4))
        .allSatisfy(n -> assertThat(names.iso3(n).isPresent() || names.isNotACountry(n)).isTrue());

    double countries = 0;
    for (Row r : stock.bronzeRows()) {
      if (!r.getString(4).equals("World") && !r.getString(5).equals("World")) {
        countries += r.getString(6).equals("n.a.") ? 0 : Double.parseDouble(r.getString(6));
      }
    }
    double plantedOver = Double.parseDouble(matrixCell(stock, "World", "Germany"));
    assertThat(Double.parseDouble(matrixCell(stock, "World", "World")))
        .as("the World total counts the cell the text replaced")
        .isGreaterThan(countries)
        .isLessThan(countries + plantedOver);
  }

  private static ParsedFile matrix(List<Path> files, String name, KnomadMeasure measure) {
    SourceFile file =
        SourceFile.read(files.stream().filter(p -> p.endsWith(name)).findFirst().orElseThrow());
    return BilateralMatrix.read(file, Provenance.of(file, "test", new Timestamp(0)), measure);
  }

  private static String matrixCell(ParsedFile matrix, String origin, String destination) {
    return matrix.bronzeRows().stream()
        .filter(r -> r.getString(4).equals(origin) && r.getString(5).equals(destination))
        .map(r -> r.getString(6))
        .findFirst()
        .orElseThrow();
  }

  private static WdiBulkFile read(Path path) {
    SourceFile file = SourceFile.read(path);
    return WdiBulkCsv.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }

  private static String cell(WdiBulkFile file, String code, String year) {
    return file.bronzeRows().stream()
        .filter(r -> r.getString(1).equals(code) && r.getString(4).equals(year))
        .map((Row r) -> r.getString(5))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void activityFilesAreTheShippedTranscriptionsAndTwoSecretariatFilesWithAPlantedRecord()
      throws IOException {
    List<Path> files = new DemoData(Areas.load(), DemoData.DEFAULT_SEED).writeTo(temp);
    Path annex = temp.resolve(ActivitiesDemoWriter.RCP_ANNEX_FILE);
    Path matrix = temp.resolve(ActivitiesDemoWriter.GFMD_MATRIX_FILE);
    Path rcp = temp.resolve(ActivitiesDemoWriter.RCP_SECRETARIAT_FILE);
    Path gfmd = temp.resolve(ActivitiesDemoWriter.GFMD_SECRETARIAT_FILE);
    assertThat(files).contains(annex, matrix, rcp, gfmd);
    assertThat(Files.readAllBytes(annex)).isEqualTo(ActivityTranscription.RCP_ANNEX.bytes());
    assertThat(Files.readAllBytes(matrix)).isEqualTo(ActivityTranscription.GFMD_MATRIX.bytes());

    ParsedFile rcpRecords = ActivityLayout.RCP.read(SourceFile.read(rcp), provenance(rcp));
    assertThat(rcpRecords.rejected()).isEmpty();
    assertThat(rcpRecords.bronzeRows()).hasSize(5);
    assertThat(rcpRecords.bronzeRows().get(4).getString(10)).as("GCM objective").isEqualTo("24");
    ParsedFile practices = ActivityLayout.GFMD.read(SourceFile.read(gfmd), provenance(gfmd));
    assertThat(practices.rejected()).isEmpty();
    assertThat(practices.bronzeRows()).hasSize(3);
    Row planted = practices.bronzeRows().get(2);
    assertThat(List.of(planted.getString(3), planted.getString(4))).containsExactly("RT1", "RT2a");
  }

  @Test
  void aRecordScaleGrowsSurveyAndIncidentFilesAndKeepsTheirPlantedFaults() throws IOException {
    new DemoData(Areas.load(), DemoData.DEFAULT_SEED, 2.5).writeTo(temp);

    List<CSVRecord> workers = records(temp.resolve(RecruitmentCostDemoWriter.FILE));
    assertThat(workers).hasSize(1 + 6 * 125);
    assertThat(workers.get(workers.size() - 1).get(20)).as("earnings rate").isEmpty();
    assertThat(workers.get(1).get(20)).isNotEmpty();
    List<CSVRecord> incidents = records(temp.resolve(MissingMigrantsDemoWriter.FILE));
    assertThat(incidents).hasSize(1 + 3 * 150 + 1);
    assertThat(incidents.stream().map(r -> r.get(0)).distinct()).hasSize(incidents.size());
    assertThat(incidents.get(incidents.size() - 1).get(6)).as("number dead").isEqualTo("several");
  }

  @Test
  void theRecordScaleYardstickIsTheServiceRowCountOfTheDemoRpwCsv() throws IOException {
    new DemoData(Areas.load(), DemoData.DEFAULT_SEED).writeTo(temp);

    List<CSVRecord> services = records(temp.resolve(RpwDemoWriter.SERVICE_CSV));
    long plantedUnknownCorridor = 1;
    assertThat(services).hasSize((int) (1 + DemoData.serviceCsvRows() + plantedUnknownCorridor));
    assertThat(DemoData.serviceCsvRows()).isEqualTo(36 * 8 * 8);
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (CSVParser parser =
        CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().get())) {
      return parser.getRecords();
    }
  }

  private static Provenance provenance(Path file) {
    return Provenance.of(SourceFile.read(file), "test", new Timestamp(0));
  }
}
