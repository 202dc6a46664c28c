package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.corridor.etl.Fixtures;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunLog;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.gold.Sdg1732CrossCheck;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.AuditTables;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;
import org.corridor.warehouse.table.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole first slice on a hand-written WDI fixture (src/test/resources/wdi-fixture): every
 * expected number below is worked out by hand from that fixture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Sdg1732PipelineTest {
  private static final String REMITTANCES = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_fixture.csv";
  private static final String SHARE_OF_GDP = "API_BX.TRF.PWKR.DT.GD.ZS_DS2_en_csv_v2_fixture.csv";

  private Path temp;
  private Path inputs;
  private Warehouse warehouse;
  private RunSummary firstRun;

  @BeforeAll
  void loadFixtureOnce(@TempDir Path temp) {
    this.temp = temp;
    inputs = Fixtures.copy("wdi-fixture", temp.resolve("inputs"));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("warehouse").toString());
    firstRun = pipeline().runFolder(inputs, "test");
  }

  @Test
  void countryValueIsRemittancesOverGdp() {
    // SLV 2004: 2,548,000,000 / 15,800,000,000 x 100
    Row slv = observation("SLV", "2004");
    assertThat(slv.<Double>getAs("value")).isCloseTo(2548e6 / 15800e6 * 100, within(1e-9));
    assertThat(slv.<Double>getAs("value")).isCloseTo(16.126582278481013, within(1e-9));
    assertThat(slv.<String>getAs("area_kind")).isEqualTo("COUNTRY");
    assertThat(slv.<String>getAs("unit")).isEqualTo("PERCENT_GDP");
    assertThat(slv.<String>getAs("aggregation_method")).isEqualTo("NONE");
    // SLV 2003 has both components too: 2,105,000,000 / 15,000,000,000 x 100
    assertThat(observation("SLV", "2003").<Double>getAs("value"))
        .isCloseTo(14.033333333333333, within(1e-9));
  }

  @Test
  void aggregateIsRatioOfSumsNotMeanOfRatios() {
    // Latin America and the Caribbean 2004: SLV, GTM, HND, MEX have both components (NIC's value is
    // negative and CRI's duplicated, so both are quarantined; PHL is not in the region).
    double remittances = 2548e6 + 2627e6 + 1175e6 + 18332e6;
    double gdp = 15800e6 + 27200e6 + 8100e6 + 770000e6;
    Row lac = observation("SDG_419", "2004");
    assertThat(lac.<Double>getAs("value")).isCloseTo(remittances / gdp * 100, within(1e-9));
    assertThat(lac.<Double>getAs("value")).isCloseTo(3.005967604433077, within(1e-9));
    double meanOfRatios =
        (2548 / 15800.0 + 2627 / 27200.0 + 1175 / 8100.0 + 18332 / 770000.0) / 4 * 100;
    assertThat(lac.<Double>getAs("value")).isNotCloseTo(meanOfRatios, within(0.1));
    assertThat(lac.<Double>getAs("numerator")).isEqualTo(remittances);
    assertThat(lac.<Double>getAs("denominator")).isEqualTo(gdp);
    assertThat(lac.<String>getAs("aggregation_method")).isEqualTo("RATIO_OF_SUMS");
    assertThat(lac.<Integer>getAs("countries_with_data")).isEqualTo(4);
    assertThat(lac.<Integer>getAs("countries_in_group"))
        .isEqualTo(Areas.load().group("SDG_419").orElseThrow().members().size());
    // Population with data (SLV, GTM, HND, MEX) over population of members with a figure (+ NIC,
    // CRI).
    assertThat(lac.<Double>getAs("population_share"))
        .isCloseTo((6.0 + 12 + 6.7 + 106) / (6.0 + 12 + 6.7 + 106 + 5.2 + 4.2), within(1e-9));
    assertThat(lac.<String>getAs("footnote")).isNull();
  }

  @Test
  void worldAggregateWithLowCoverageCarriesAFootnote() {
    // World 2004: the five countries with both figures (SLV, GTM, HND, MEX, PHL); Indonesia has a
    // population but no remittances, so the five hold less than two thirds of the population.
    Row world = observation("WLD", "2004");
    double remittances = 2548e6 + 2627e6 + 1175e6 + 18332e6 + 11471e6;
    double gdp = 15800e6 + 27200e6 + 8100e6 + 770000e6 + 91400e6;
    assertThat(world.<Double>getAs("value")).isCloseTo(remittances / gdp * 100, within(1e-9));
    assertThat(world.<Integer>getAs("countries_with_data")).isEqualTo(5);
    assertThat(world.<Double>getAs("population_share"))
        .isCloseTo(214.7 / (214.7 + 5.2 + 4.2 + 220), within(1e-9));
    assertThat(world.<String>getAs("footnote")).contains("less than two thirds");
  }

  @Test
  void groupWithoutAnyDataHasNoObservation() {
    assertThat(observation("OACPS", "2004")).isNull();
  }

  @Test
  void publisherAggregateIsKeptOutOfCountryFacts() {
    assertThat(
            warehouse.read(SilverTables.REMITTANCE_FLOW).where(col("area").equalTo("WLD")).count())
        .isZero();
    Row world =
        warehouse
            .read(SilverTables.PUBLISHER_AGGREGATE)
            .where(col("publisher_code").equalTo("WLD"))
            .first();
    assertThat(world.<Double>getAs("value")).isEqualTo(160e9);
    assertThat(world.<String>getAs("area")).isEqualTo("WLD");
  }

  @Test
  void everyInputReconcilesAndBadRowsAreQuarantinedWithReasons() {
    InputOutcome remittances =
        firstRun.inputs().stream()
            .filter(i -> i.file().equals(REMITTANCES))
            .findFirst()
            .orElseThrow();
    // 12 non-empty cells + 1 truncated line; accepted: SLV x2, GTM, HND 2004, MEX, PHL, WLD.
    assertThat(remittances.rowsRead()).isEqualTo(13);
    assertThat(remittances.rowsAccepted()).isEqualTo(7);
    assertThat(remittances.rowsQuarantined()).isEqualTo(6);
    assertThat(firstRun.inputs()).allMatch(InputOutcome::reconciles);

    Map<String, String> reasons =
        warehouse
            .read(SilverTables.QUARANTINE)
            .where(col("_source_file").equalTo(REMITTANCES))
            .collectAsList()
            .stream()
            .collect(
                Collectors.toMap(
                    r -> r.<Long>getAs("_source_row") + "/" + r.<String>getAs("source_column"),
                    r -> r.<String>getAs("reasons")));
    assertThat(reasons)
        .containsEntry("8/2003", "NON_NUMERIC_VALUE: abc")
        .containsEntry("12/2004", "UNKNOWN_AREA_CODE: XYZ")
        .containsEntry("13/2004", "NEGATIVE_VALUE: -5")
        .containsEntry("14/2004", "DUPLICATE_KEY: CRI 2004 on 2 lines")
        .containsEntry("15/2004", "DUPLICATE_KEY: CRI 2004 on 2 lines")
        .containsEntry("16/", "MALFORMED_RECORD: unparseable CSV")
        .hasSize(6);

    List<Row> audit =
        warehouse
            .read(AuditTables.ETL_INPUT)
            .where(col("source_file").equalTo(REMITTANCES))
            .collectAsList();
    assertThat(audit)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.<Long>getAs("rows_read")).isEqualTo(13);
              assertThat(row.<Long>getAs("rows_accepted")).isEqualTo(7);
              assertThat(row.<Long>getAs("rows_quarantined")).isEqualTo(6);
            });
  }

  @Test
  void wdiOwnRatioIsKeptApartAndDisagreementsAreCounted() {
    // Five country-years have both figures; only Mexico's published 3.0 is off (ours: 2.3808).
    Sdg1732CrossCheck.Result check =
        Sdg1732CrossCheck.compare(
            warehouse.read(GoldTables.INDICATOR_OBSERVATION),
            warehouse.read(SilverTables.PUBLISHED_INDICATOR));
    assertThat(check).isEqualTo(new Sdg1732CrossCheck.Result(5, 1));
    assertThat(
            warehouse
                .read(SilverTables.QUARANTINE)
                .where(col("_source_file").equalTo(SHARE_OF_GDP))
                .select("reasons")
                .as(Encoders.STRING())
                .collectAsList())
        .containsExactly("OUT_OF_RANGE_PERCENTAGE: 150");
    assertThat(
            warehouse.read(SilverTables.REMITTANCE_FLOW).where(col("area").equalTo("PHL")).count())
        .isEqualTo(1);
  }

  @Test
  void secondRunOnTheSameFilesChangesNoDataTable() {
    Map<String, OptionalLong> before = dataTableVersions();
    long goldRows = warehouse.read(GoldTables.INDICATOR_OBSERVATION).count();

    RunSummary again = pipeline().runFolder(inputs, "test again");

    assertThat(again.status()).isEqualTo(RunSummary.RunStatus.NOTHING_TO_DO);
    assertThat(again.inputs())
        .allMatch(i -> i.status() == InputOutcome.InputStatus.SKIPPED_ALREADY_LOADED);
    assertThat(dataTableVersions()).isEqualTo(before);
    assertThat(warehouse.read(GoldTables.INDICATOR_OBSERVATION).count()).isEqualTo(goldRows);
  }

  @Test
  void goldIsRebuiltWhenACrashedRunLeftLoadedInputsBehind() {
    RunLog runLog = new RunLog(warehouse);
    String version = ModelVersion.of(Areas.load(), IndicatorCatalogue.load());
    assertThat(runLog.goldIsCurrent(version)).isTrue();
    assertThat(runLog.goldIsCurrent("another model")).isFalse();

    // A later run loaded an input, then died before building gold and recording itself.
    runLog.recordInputs(
        "99991231T000000Z-crashed",
        List.of(
            new InputOutcome(
                "wdi",
                "late.csv",
                "f00d",
                InputOutcome.InputStatus.LOADED,
                Optional.empty(),
                1,
                1,
                0)));

    assertThat(runLog.goldIsCurrent(version)).isFalse();
  }

  @Test
  void correctedRepublicationReplacesTheSeriesRows() throws IOException {
    Path corrected = temp.resolve("corrected");
    Fixtures.copy("wdi-fixture", corrected);
    Path file = corrected.resolve(REMITTANCES);
    // The publisher revises SLV 2004 and drops SLV 2003.
    String text =
        Files.readString(file, StandardCharsets.UTF_8)
            .replace("\"2105000000\",\"2548000000\"", "\"\",\"2600000000\"");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Warehouse isolated =
        new Warehouse(TestSpark.session(), temp.resolve("warehouse-revised").toString());
    EtlPipeline revised = new EtlPipeline(isolated, Areas.load(), Progress.silent());
    revised.runFolder(inputs, "original");

    RunSummary run = revised.run(List.of(file), Optional.empty(), "corrected");

    assertThat(run.status()).isEqualTo(RunSummary.RunStatus.SUCCEEDED);
    Row slv2004 =
        isolated
            .read(GoldTables.INDICATOR_OBSERVATION)
            .where(col("area").equalTo("SLV").and(col("period").equalTo("2004")))
            .first();
    assertThat(slv2004.<Double>getAs("value")).isCloseTo(2600e6 / 15800e6 * 100, within(1e-9));
    assertThat(
            isolated
                .read(GoldTables.INDICATOR_OBSERVATION)
                .where(col("area").equalTo("SLV").and(col("period").equalTo("2003")))
                .count())
        .isZero();
  }

  private Map<String, OptionalLong> dataTableVersions() {
    return Tables.all().stream()
        .filter(t -> t.layer() != org.corridor.warehouse.table.Layer.AUDIT)
        .collect(Collectors.toMap(TableSpec::qualifiedName, warehouse::version));
  }

  private Row observation(String area, String period) {
    List<Row> rows =
        warehouse
            .read(GoldTables.INDICATOR_OBSERVATION)
            .where(
                col("indicator")
                    .equalTo("17.3.2")
                    .and(col("area").equalTo(area))
                    .and(col("period").equalTo(period)))
            .collectAsList();
    assertThat(rows).hasSizeLessThanOrEqualTo(1);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private EtlPipeline pipeline() {
    return new EtlPipeline(warehouse, Areas.load(), Progress.silent());
  }
}
