package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.etl.source.knomad.KnomadFixtures.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.source.knomad.KnomadFixtures;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * KNOMAD matrices to silver bilateral_remittance and bilateral_migrant_stock: a remittance workbook
 * with one bad cell per reason, a migrant stock CSV, and a workbook without a header row, in one
 * run. Expected values are the fixtures' cells worked out by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BilateralMatricesTest {
  private static final String SHEET = KnomadFixtures.REMITTANCE_SHEET + "!";
  private static final String NOT_A_COUNTRY =
      " (the World Bank's total or residual, not a country)";
  private static final String UNKNOWN =
      " (neither an M49 name nor a World Bank spelling Corridor knows)";

  private Warehouse warehouse;
  private RunSummary run;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Path inputs = Files.createDirectories(temp.resolve("inputs"));
    KnomadFixtures.remittances2019(inputs.resolve("remittances-2019.xlsx"));
    KnomadFixtures.migrantStock2017(inputs.resolve("migration-2017.csv"));
    KnomadFixtures.workbook(
        inputs.resolve("headerless.xlsx"),
        Map.of(
            "Bilateral_Remittances_2018",
            List.of(row("Bilateral Remittance Estimates for 2018"), row("France", 1.0))));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run = new EtlPipeline(warehouse, Areas.load(), Progress.silent()).runFolder(inputs, "test");
  }

  @Test
  void eachFileReconcilesCellByCell() {
    InputOutcome remittances = outcome("remittances-2019.xlsx");
    assertThat(remittances.source()).isEqualTo("knomad-remittance");
    assertThat(remittances.rowsRead()).isEqualTo(25);
    assertThat(remittances.rowsAccepted()).isEqualTo(7);
    assertThat(remittances.rowsQuarantined()).isEqualTo(18);

    InputOutcome stock = outcome("migration-2017.csv");
    assertThat(stock.source()).isEqualTo("knomad-migrant-stock");
    assertThat(stock.rowsRead()).as("34 cells and one broken line").isEqualTo(35);
    assertThat(stock.rowsAccepted()).isEqualTo(9);
    assertThat(stock.rowsQuarantined()).isEqualTo(26);
  }

  @Test
  void aWorkbookWithoutAHeaderRowIsRejectedAndTheRunGoesOn() {
    InputOutcome headerless = outcome("headerless.xlsx");
    assertThat(headerless.status()).isEqualTo(InputOutcome.InputStatus.REJECTED);
    assertThat(headerless.message().orElseThrow())
        .contains("expected a header row of country names ending with World");
    assertThat(outcome("remittances-2019.xlsx").status())
        .isEqualTo(InputOutcome.InputStatus.LOADED);
  }

  @Test
  void remittancesAreConvertedFromMillionsExactly() {
    Map<String, Double> values =
        warehouse.read(SilverTables.BILATERAL_REMITTANCE).collectAsList().stream()
            .collect(
                Collectors.toMap(
                    r -> r.getAs("origin") + ">" + r.getAs("destination") + " " + r.getAs("year"),
                    r -> r.<Double>getAs("value_usd")));

    assertThat(values)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "EGY>EGY 2019", 0.0,
                "EGY>FRA 2019", 12_500_000.0,
                // 1.005 x 1e6 in binary floating point is 1004999.9999999999
                "EGY>USA 2019", 1_005_000.0,
                "FRA>EGY 2019", 2_500_125_000.0,
                "FRA>FRA 2019", 0.0,
                "USA>EGY 2019", 17_500_000.0,
                "USA>USA 2019", 0.0));
  }

  @Test
  void migrantStockIsCountryToCountryForBothSexes() {
    List<Row> rows = warehouse.read(SilverTables.BILATERAL_MIGRANT_STOCK).collectAsList();
    Map<String, Double> persons =
        rows.stream()
            .collect(
                Collectors.toMap(
                    r -> r.getAs("origin") + ">" + r.getAs("destination"),
                    r -> r.<Double>getAs("persons")));

    assertThat(persons)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "EGY>EGY", 0.0,
                "EGY>FRA", 1200.0,
                "EGY>USA", 300.0,
                "FRA>EGY", 40.0,
                "FRA>FRA", 0.0,
                "FRA>USA", 25.0,
                "USA>EGY", 10.0,
                "USA>FRA", 3.0,
                "USA>USA", 0.0));
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.<String>getAs("sex")).isEqualTo("_T");
              assertThat(r.<Integer>getAs("year")).isEqualTo(2017);
            });
  }

  @Test
  void everyBadRemittanceCellIsQuarantinedWithItsReasonAndPlace() {
    Map<String, String> reasons = quarantine("remittances-2019.xlsx");

    assertThat(reasons)
        .containsEntry("4 " + SHEET + "D", missingEstimate("-"))
        .containsEntry("5 " + SHEET + "C", "NEGATIVE_VALUE: value -4")
        .containsEntry("5 " + SHEET + "E", "UNKNOWN_AREA_CODE: destination Narnia" + UNKNOWN)
        .containsEntry(
            "5 " + SHEET + "G",
            "MISSING_REQUIRED_FIELD: destination name: column G has none in the header row")
        .containsEntry("6 " + SHEET + "B", "DUPLICATE_KEY: 2019 PRK -> EGY in 2 cells")
        .containsEntry("6 " + SHEET + "C", "NON_NUMERIC_VALUE: value abc")
        .containsEntry("7 " + SHEET + "B", "UNKNOWN_AREA_CODE: origin Atlantis" + UNKNOWN)
        .containsEntry("8 " + SHEET + "B", "DUPLICATE_KEY: 2019 PRK -> EGY in 2 cells")
        .containsEntry(
            "9 " + SHEET + "B", "MISSING_REQUIRED_FIELD: origin name: row 9 has none in column A")
        .containsEntry("3 " + SHEET + "F", "NOT_A_COUNTRY: destination WORLD" + NOT_A_COUNTRY)
        .containsEntry(
            "10 " + SHEET + "F",
            "NOT_A_COUNTRY: origin WORLD"
                + NOT_A_COUNTRY
                + "; NOT_A_COUNTRY: destination WORLD"
                + NOT_A_COUNTRY)
        .hasSize(18);
    assertThat(reasons.values().stream().filter(r -> r.startsWith("NOT_A_COUNTRY")))
        .as("the WORLD column of rows 3-6 and the WORLD row's five cells")
        .hasSize(9);
  }

  @Test
  void quarantinedCellsKeepTheirPublishedText() {
    Row negative =
        warehouse
            .read(SilverTables.QUARANTINE)
            .where(col("source_column").equalTo(SHEET + "C").and(col("_source_row").equalTo(5L)))
            .first();
    assertThat(negative.<String>getAs("raw_record"))
        .isEqualTo(KnomadFixtures.REMITTANCE_SHEET + ",remittances,2019,C,United States,France,-4");
    assertThat(negative.<String>getAs("target_table")).isEqualTo("silver.bilateral_remittance");
  }

  @Test
  void theCsvsTotalsAndResidualsAndItsBrokenLineAreQuarantined() {
    Map<String, String> reasons = quarantine("migration-2017.csv");

    assertThat(reasons).hasSize(26);
    assertThat(reasons)
        .containsEntry("6 ", "MALFORMED_RECORD: unparseable CSV")
        .containsEntry("3 F", "NOT_A_COUNTRY: destination Other South" + NOT_A_COUNTRY)
        .containsEntry("7 B", "NOT_A_COUNTRY: origin Other North" + NOT_A_COUNTRY);
    assertThat(reasons.values().stream().filter(r -> r.startsWith("NOT_A_COUNTRY"))).hasSize(25);
  }

  @Test
  void aMigrantStockMatrixReplacesItsYearForBothSexesOnly() {
    Scope scope =
        KnomadMatrixSource.of(SourceKind.KNOMAD_MIGRANT_STOCK)
            .replaces(warehouse.read(SilverTables.BILATERAL_MIGRANT_STOCK));

    assertThat(scope.conditions())
        .containsExactlyInAnyOrderEntriesOf(Map.of("year", List.of(2017), "sex", List.of("_T")));
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }

  /** Quarantined rows of a file by "row column". */
  private Map<String, String> quarantine(String file) {
    return warehouse
        .read(SilverTables.QUARANTINE)
        .where(col("_source_file").equalTo(file))
        .collectAsList()
        .stream()
        .collect(
            Collectors.toMap(
                r -> r.<Long>getAs("_source_row") + " " + r.<String>getAs("source_column"),
                r -> r.<String>getAs("reasons")));
  }

  private static String missingEstimate(String value) {
    return "MISSING_REQUIRED_FIELD: value "
        + value
        + " (the publisher gives no estimate for this corridor)";
  }
}
