package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.corridor.etl.Fixtures;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.source.rpw.RpwFixtureWorkbook;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RPW dataset to silver.remittance_price: a CSV export of 2023 quarters, the workbook with both
 * sheets (2015-2016), and a corrected re-publication of 2023 Q2, loaded in that (name) order.
 * Expected values are computed by hand from the fixtures: fee % = lcu fee / lcu amount x 100.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemittancePriceTest {
  private static final String EXPORT = "1_rpw_dataset_from_q2_2016_export.csv";
  private static final String CORRECTION = "3_rpw_correction_2023_q2.csv";

  private Warehouse warehouse;
  private RunSummary run;
  private List<Row> prices;

  @BeforeAll
  void load(@TempDir Path temp) throws IOException {
    Path inputs = Fixtures.copy("rpw-fixture", temp.resolve("inputs"));
    RpwFixtureWorkbook.write(inputs);
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run = new EtlPipeline(warehouse, Areas.load(), Progress.silent()).runFolder(inputs, "test");
    prices = warehouse.read(SilverTables.REMITTANCE_PRICE).collectAsList();
  }

  @Test
  void everyQuoteReadIsAcceptedOrQuarantinedFilesCountedInQuotes() {
    assertThat(outcome(EXPORT).source()).isEqualTo("rpw-service");
    assertThat(counts(outcome(EXPORT))).containsExactly(24L, 12L, 12L);
    assertThat(counts(outcome(RpwFixtureWorkbook.FILE))).containsExactly(9L, 7L, 2L);
    assertThat(counts(outcome(CORRECTION))).containsExactly(3L, 3L, 0L);
    // 2023 Q1: 7 quotes of the export; 2023 Q2: the correction's 3; the workbook's 7.
    assertThat(prices).hasSize(17);
  }

  @Test
  void pricesAreConformedWithFeeAsAShareOfTheAmountSent() {
    Row usd200 = price("2023-Q1", "Western Union", 200);
    assertThat(usd200.<String>getAs("sending_area")).isEqualTo("USA");
    assertThat(usd200.<String>getAs("receiving_area")).isEqualTo("MEX");
    assertThat(usd200.<String>getAs("provider_type")).isEqualTo("Money Transfer Operator");
    assertThat(usd200.<String>getAs("payment_instrument")).isEqualTo("Cash");
    assertThat(usd200.<String>getAs("access_point")).isEqualTo("Agent");
    assertThat(usd200.<String>getAs("receiving_method")).isEqualTo("Cash");
    assertThat(usd200.<Double>getAs("fee_pct")).isCloseTo(2.5, within(1e-9));
    assertThat(usd200.<Double>getAs("fx_margin_pct")).isEqualTo(2.5);
    assertThat(usd200.<Double>getAs("total_cost_pct")).isEqualTo(5.0);
    assertThat(usd200.<Long>getAs("_source_row")).isEqualTo(2L);
    Row usd500 = price("2023-Q1", "Western Union", 500);
    assertThat(usd500.<Double>getAs("fee_pct")).isCloseTo(1.6, within(1e-9));
    assertThat(usd500.<Double>getAs("total_cost_pct")).isEqualTo(4.1);
    assertThat(price("2023-Q1", "Banco Ejemplo", 200).<Double>getAs("fee_pct"))
        .isCloseTo(12.5, within(1e-9));
    assertThat(price("2023-Q1", "Post Naija", 500).<Double>getAs("fee_pct"))
        .isCloseTo(2.5, within(1e-9));
  }

  @Test
  void smartEligibilityNeedsTransparencyDeliveryWithinFiveDaysAndAccess() {
    // Less than one hour, yes, High
    assertSmart(price("2023-Q1", "Western Union", 200), "Less than one hour", 0, true, true, true);
    // 3-5 days delivers within 5 days; "Yes" is yes; Medium coverage is accessible
    assertSmart(price("2023-Q1", "Banco Ejemplo", 200), "3-5 days", 5, true, true, true);
    // 6 days or more, not transparent, Low coverage
    assertSmart(price("2023-Q1", "Quick Pay", 200), "6 days or more", 6, false, false, false);
    // "Next Day" is the publisher's Next day; "low" coverage is not accessible
    assertSmart(price("2023-Q1", "Post Naija", 200), "Next day", 1, true, false, false);
    // the older sheet's Nationwide coverage is accessible, Major cities is not
    assertSmart(price("2015-Q4", "Remit Co", 200), "Same day", 0, true, true, true);
    assertSmart(price("2016-Q1", "Remit Co", 200), "Same day", 0, true, false, false);
  }

  @Test
  void theOlderSheetsColumnsLandWhereTheNewerOnesDo() {
    Row older = price("2015-Q4", "Remit Co", 500);
    assertThat(older.<String>getAs("payment_instrument")).isEqualTo("Cash to cash");
    assertThat(older.<String>getAs("access_point")).isEqualTo("at Branch");
    assertThat(older.<String>getAs("receiving_method")).isEqualTo("Cash");
    assertThat(older.<Double>getAs("fee_pct")).isCloseTo(2.4, within(1e-9));
    assertThat(older.<Double>getAs("total_cost_pct")).isEqualTo(3.6);
    Row newer = price("2016-Q2", "Gulf Exchange", 500);
    assertThat(newer.<Double>getAs("fee_pct")).isCloseTo(0.8, within(1e-9));
    assertThat(price("2016-Q2", "Desert Remit", 500).<Double>getAs("total_cost_pct"))
        .isEqualTo(1.0);
  }

  @Test
  void aRepublishedQuarterReplacesTheQuarterAndRpwsKosovoCodeIsConformed() {
    assertThat(prices.stream().filter(r -> r.<String>getAs("quarter").equals("2023-Q2")))
        .extracting(r -> r.<String>getAs("receiving_area") + " " + r.<Double>getAs("amount_usd"))
        .containsExactlyInAnyOrder("XKX 200.0", "XKX 500.0", "TUR 200.0");
    Row corrected = price("2023-Q2", "Euro Send", 200, "XKX");
    assertThat(corrected.<Double>getAs("fee_pct")).isCloseTo(2.0, within(1e-9));
    assertThat(corrected.<Double>getAs("total_cost_pct")).isEqualTo(3.0);
    assertThat(corrected.<String>getAs("_source_file")).isEqualTo(CORRECTION);
    assertThat(price("2023-Q2", "Euro Send", 200, "TUR").<Double>getAs("fee_pct")).isZero();
  }

  @Test
  void everyBadQuoteIsQuarantinedWithItsReasonAndTheAmountItWasFor() {
    Map<String, String> reasons = quarantine(EXPORT);
    assertThat(reasons)
        .containsEntry("7 cc1", "UNKNOWN_AREA_CODE: sending ZZZ")
        .containsEntry("7 cc2", "UNKNOWN_AREA_CODE: sending ZZZ")
        .containsEntry("8 cc1", "BAD_PERIOD: 2023_5Q")
        .containsEntry("9 cc1", "NON_NUMERIC_VALUE: cc1 total cost % abc")
        .containsEntry("10 cc1", "NEGATIVE_VALUE: cc1 lcu fee -3.00")
        .containsEntry(
            "11 cc1", "OUT_OF_RANGE_PERCENTAGE: cc1 total cost % 120.00 is outside 0 to 100")
        .containsEntry("12 cc1", "MISSING_REQUIRED_FIELD: firm")
        .containsEntry("12 cc2", "MISSING_REQUIRED_FIELD: firm")
        .containsEntry(
            "13 cc1",
            "DUPLICATE_KEY: 2023-Q2 USA -> MEX Twice Transfer Cash/Agent/Cash/Same day cc1 on 2"
                + " rows")
        .containsEntry(
            "14 cc1",
            "DUPLICATE_KEY: 2023-Q2 USA -> MEX Twice Transfer Cash/Agent/Cash/Same day cc1 on 2"
                + " rows")
        .containsEntry(
            "15 cc2", "UNIT_MISMATCH: cc2 denomination amount 200.00 in the USD 500 block")
        .containsEntry("16 ", "MALFORMED_RECORD: 4 fields, the header has 42")
        .hasSize(12);
    assertThat(quarantine(RpwFixtureWorkbook.FILE))
        .containsOnly(
            Map.entry("6 Dataset (up to Q1 2016)!cc1", "BAD_PERIOD: 2015_5Q"),
            Map.entry(
                "3 Dataset (from Q2 2016)!cc1",
                "UNIT_MISMATCH: cc1 denomination amount 500 in the USD 200 block"));
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }

  private static List<Long> counts(InputOutcome outcome) {
    return List.of(outcome.rowsRead(), outcome.rowsAccepted(), outcome.rowsQuarantined());
  }

  private Row price(String quarter, String provider, double amount) {
    List<Row> matching =
        prices.stream()
            .filter(r -> r.<String>getAs("quarter").equals(quarter))
            .filter(r -> r.<String>getAs("provider").equals(provider))
            .filter(r -> r.<Double>getAs("amount_usd") == amount)
            .toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private Row price(String quarter, String provider, double amount, String receiving) {
    return prices.stream()
        .filter(r -> r.<String>getAs("receiving_area").equals(receiving))
        .filter(r -> r.<String>getAs("quarter").equals(quarter))
        .filter(r -> r.<String>getAs("provider").equals(provider))
        .filter(r -> r.<Double>getAs("amount_usd") == amount)
        .findFirst()
        .orElseThrow();
  }

  private static void assertSmart(
      Row price,
      String speed,
      double days,
      boolean transparent,
      boolean accessible,
      boolean eligible) {
    assertThat(price.<String>getAs("speed")).isEqualTo(speed);
    assertThat(price.<Double>getAs("speed_days")).isEqualTo(days);
    assertThat(price.<Boolean>getAs("transparent")).isEqualTo(transparent);
    assertThat(price.<Boolean>getAs("accessible")).isEqualTo(accessible);
    assertThat(price.<Boolean>getAs("smart_eligible")).isEqualTo(eligible);
  }

  /** A file's quarantine rows: "row source_column" -> reasons. */
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
}
