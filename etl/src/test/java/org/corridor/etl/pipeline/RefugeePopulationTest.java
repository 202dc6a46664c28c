package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

/** UNHCR population exports to silver.refugee_population, on a hand-written and the real file. */
class RefugeePopulationTest {
  private static final Map<String, Double> POPULATION_2023 =
      Map.of("SYR", 23_594_623.0, "AFG", 41_454_761.0, "UKR", 37_732_836.0);

  @TempDir Path temp;

  @Test
  void validRowsReachSilverAndEveryBadRowIsQuarantinedWithItsReason() {
    Path inputs = Fixtures.copy("unhcr-fixture", temp.resolve("inputs"));
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());

    RunSummary run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent()).runFolder(inputs, "test");

    InputOutcome outcome = run.inputs().get(0);
    assertThat(outcome.source()).isEqualTo("unhcr-population");
    assertThat(outcome.rowsRead()).isEqualTo(11);
    assertThat(outcome.rowsAccepted()).isEqualTo(3);
    assertThat(outcome.rowsQuarantined()).isEqualTo(8);

    Row syria2023 =
        warehouse
            .read(SilverTables.REFUGEE_POPULATION)
            .where(col("origin").equalTo("SYR").and(col("year").equalTo(2023)))
            .first();
    assertThat(syria2023.<String>getAs("asylum")).isEqualTo("DEU");
    assertThat(syria2023.<Long>getAs("refugees")).isEqualTo(620_000L);
    assertThat(syria2023.<Long>getAs("asylum_seekers")).isEqualTo(60_000L);
    assertThat(syria2023.<Long>getAs("other_in_need")).isEqualTo(5L);
    Row syria2022 =
        warehouse
            .read(SilverTables.REFUGEE_POPULATION)
            .where(col("origin").equalTo("SYR").and(col("year").equalTo(2022)))
            .first();
    assertThat(syria2022.<Long>getAs("other_in_need")).as("'-' means not applicable").isNull();

    Map<Long, String> reasons = Quarantined.reasonsByRow(warehouse, lit(true));
    assertThat(reasons)
        .containsEntry(
            17L, "UNKNOWN_AREA_CODE: origin XXA (UNHCR code for stateless persons, not a country)")
        .containsEntry(
            18L, "UNKNOWN_AREA_CODE: origin UNK (UNHCR code for unknown origin, not a country)")
        .containsEntry(19L, "NON_NUMERIC_VALUE: refugees abc")
        .containsEntry(20L, "NEGATIVE_VALUE: refugees -5")
        .containsEntry(21L, "BAD_PERIOD: 20X3")
        .containsEntry(22L, "DUPLICATE_KEY: 2023 ERI -> ETH on 2 lines")
        .containsEntry(23L, "DUPLICATE_KEY: 2023 ERI -> ETH on 2 lines")
        .containsEntry(24L, "MALFORMED_RECORD: unparseable CSV")
        .hasSize(8);
  }

  @Test
  void realExportReconcilesAndQuarantinesOnlyUnhcrsNonCountryOrigins() throws IOException {
    Optional<Path> folder = RealData.folder("unhcr");
    Assumptions.assumeTrue(folder.isPresent(), "../shared/realdata/unhcr is absent");
    Path file = folder.get().resolve("population.csv");
    List<CSVRecord> lines = dataLines(file);
    long nonCountry =
        lines.stream().filter(r -> List.of("XXA", "UNK", "TIB").contains(r.get(2))).count();
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.resolve("real").toString());

    RunSummary run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(List.of(file, populationFile()), Optional.empty(), "real unhcr");

    InputOutcome outcome =
        run.inputs().stream().filter(i -> i.file().equals("population.csv")).findFirst().get();
    assertThat(outcome.rowsRead()).isEqualTo(lines.size()).isEqualTo(48_731);
    assertThat(outcome.rowsQuarantined()).isEqualTo(nonCountry).isEqualTo(1_275);
    assertThat(outcome.rowsAccepted()).isEqualTo(lines.size() - nonCountry);
    CSVRecord syriaGermany =
        lines.stream()
            .filter(
                r -> r.get(0).equals("2023") && r.get(2).equals("SYR") && r.get(4).equals("DEU"))
            .findFirst()
            .orElseThrow();
    Row loaded =
        warehouse
            .read(SilverTables.REFUGEE_POPULATION)
            .where(
                col("origin")
                    .equalTo("SYR")
                    .and(col("asylum").equalTo("DEU"))
                    .and(col("year").equalTo(2023)))
            .first();
    assertThat(loaded.<Long>getAs("refugees")).isEqualTo(Long.parseLong(syriaGermany.get(5)));
    assertRefugeesPerHundredThousand(warehouse, lines);
  }

  /**
   * SDG 10.7.4 for 2023 from the real export's refugees and the populations of {@link
   * #populationFile()}: refugees from a country summed here over its countries of asylum.
   */
  private static void assertRefugeesPerHundredThousand(Warehouse warehouse, List<CSVRecord> lines) {
    Map<String, Long> refugees = new java.util.HashMap<>();
    for (CSVRecord line : lines) {
      if (line.get(0).equals("2023") && POPULATION_2023.containsKey(line.get(2))) {
        refugees.merge(line.get(2), Long.parseLong(line.get(5)), Long::sum);
      }
    }
    double ratioOfSums = 0;
    double weight = 0;
    for (Map.Entry<String, Double> country : POPULATION_2023.entrySet()) {
      double from = refugees.get(country.getKey());
      double expected = from / (country.getValue() + from) * 100_000;
      assertThat(goldValue(warehouse, country.getKey())).isCloseTo(expected, within(1e-6));
      ratioOfSums += from;
      weight += country.getValue() + from;
    }
    assertThat(refugees.get("SYR")).isGreaterThan(6_000_000L);
    assertThat(goldValue(warehouse, "WLD")).isCloseTo(ratioOfSums / weight * 100_000, within(1e-6));
  }

  private static double goldValue(Warehouse warehouse, String area) {
    return warehouse
        .read(GoldTables.INDICATOR_OBSERVATION)
        .where(
            col("indicator")
                .equalTo("10.7.4")
                .and(col("area").equalTo(area))
                .and(col("period").equalTo("2023")))
        .first()
        .<Double>getAs("value");
  }

  /** A WDI population file for three countries of origin; the real folder has none. */
  private Path populationFile() throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "\uFEFF\"Data Source\",\"World Development Indicators\",\n\n"
                + "\"Last Updated Date\",\"2025-07-01\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\","
                + "\"2023\",\n");
    POPULATION_2023.forEach(
        (code, persons) ->
            csv.append(
                String.format(
                    "\"%s\",\"%s\",\"Population, total\",\"SP.POP.TOTL\",\"%.0f\",%n",
                    code, code, persons)));
    Path file = temp.resolve("API_SP.POP.TOTL_DS2_en_csv_v2_test.csv");
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    return file;
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
        .parse(new java.io.StringReader(body))
        .getRecords();
  }
}
