package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.corridor.etl.Fixtures;
import org.corridor.etl.RealData;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * ILOSTAT bulk CSV and SDMX-CSV files to silver.labour_migration, on the hand-written fixtures in
 * src/test/resources/ilostat-fixture (every expected value below is read off them by hand) and on
 * the real ILOSTAT downloads, which are of other series in the label flavour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabourMigrationTest {
  private static final String BULK = "MST_TEAP_SEX_AGE_CBR_NB_A.csv";
  private static final String SDMX = "ILO_DF_MFL_FPOP_SEX_CBR_NB.csv";
  private static final String SDMX_HEADER =
      "DATAFLOW,REF_AREA,FREQ,MEASURE,SEX,CBR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,SOURCE\n";

  private Path temp;
  private Warehouse warehouse;
  private RunSummary run;
  private Optional<Path> real;

  @BeforeAll
  void load(@TempDir Path temp) {
    this.temp = temp;
    Path inputs = Fixtures.copy("ilostat-fixture", temp.resolve("inputs"));
    List<Path> files = new ArrayList<>(List.of(inputs.resolve(BULK), inputs.resolve(SDMX)));
    real = RealData.folder("ilostat");
    real.ifPresent(
        folder ->
            files.addAll(
                List.of(
                    folder.resolve("EMP_TEMP_SEX_INS_NB_A-20240725T0039.csv"),
                    folder.resolve("EMP_NIFL_SEX_RT_A-20240726T0000.csv"))));
    warehouse = new Warehouse(TestSpark.session(), temp.resolve("w").toString());
    run =
        new EtlPipeline(warehouse, Areas.load(), Progress.silent())
            .run(files, Optional.empty(), "test");
  }

  @Test
  void everyLineOfBothLayoutsIsAcceptedOrQuarantined() {
    assertThat(outcome(BULK).source()).isEqualTo("ilostat");
    assertThat(outcome(BULK).rowsRead()).isEqualTo(19);
    assertThat(outcome(BULK).rowsAccepted()).isEqualTo(6);
    assertThat(outcome(BULK).rowsQuarantined()).isEqualTo(13);
    assertThat(outcome(SDMX).rowsRead()).isEqualTo(7);
    assertThat(outcome(SDMX).rowsAccepted()).isEqualTo(4);
    assertThat(outcome(SDMX).rowsQuarantined()).isEqualTo(3);
  }

  @Test
  void stocksByMigrantStatusKeepThousandsAsPublished() {
    Row total = labourForce("DEU", "_T", "AGE_YTHADULT_YGE15", "TOTAL");
    Row foreign = labourForce("DEU", "_T", "AGE_YTHADULT_YGE15", "FOREIGN");
    Row nativeBorn = labourForce("DEU", "_T", "AGE_YTHADULT_YGE15", "NATIVE");

    assertThat(total.<Double>getAs("value")).isEqualTo(44500.5);
    // The fixture is consistent: 35,100.25 native-born + 9,400.25 foreign-born thousand.
    assertThat(nativeBorn.<Double>getAs("value") + foreign.<Double>getAs("value"))
        .isEqualTo(44500.5);
    assertThat(total.<String>getAs("indicator")).isEqualTo("MST_TEAP_SEX_AGE_CBR_NB");
    assertThat(total.<String>getAs("source")).isEqualTo("BA:1234");
    assertThat(total.<Integer>getAs("year")).isEqualTo(2022);
    assertThat(total.<String>getAs("measure")).isEqualTo("LABOUR_FORCE");
    assertThat(total.<String>getAs("unit")).isEqualTo("THOUSAND_PERSONS");
    assertThat(total.<String>getAs("migrant_basis")).isEqualTo("BIRTH");
    assertThat(total.<String>getAs("origin")).isEqualTo("_Z");
    assertThat(total.<String>getAs("breakdown")).isEqualTo("_T");
    Row women = labourForce("DEU", "F", "AGE_YTHADULT_YGE15", "FOREIGN");
    assertThat(women.<Double>getAs("value")).isEqualTo(4100.125);
    assertThat(women.<String>getAs("obs_status")).isEqualTo("B");
    Row youngMenUnstated = labourForce("DEU", "M", "AGE_YTHADULT_Y15-24", "UNKNOWN");
    assertThat(youngMenUnstated.<Double>getAs("value")).isEqualTo(12.5);
    Row italy = labourForce("ITA", "_T", "AGE_YTHADULT_YGE15", "FOREIGN");
    assertThat(italy.<Double>getAs("value"))
        .as("classifications in either order")
        .isEqualTo(2400.0);
  }

  @Test
  void inflowsByCountryOfBirthCarryTheOriginAndCountOnlyTheForeignBorn() {
    Map<String, Double> bothSexes =
        inflows("CAN").stream()
            .filter(r -> r.<String>getAs("sex").equals("_T"))
            .collect(Collectors.toMap(r -> r.getAs("origin"), r -> r.<Double>getAs("value")));
    assertThat(bothSexes)
        .containsExactlyInAnyOrderEntriesOf(Map.of("_T", 405.3, "IND", 127.9, "_X", 3.5));
    Row philippineWomen =
        inflows("CAN").stream()
            .filter(r -> r.<String>getAs("sex").equals("F"))
            .findFirst()
            .orElseThrow();
    assertThat(philippineWomen.<String>getAs("origin")).isEqualTo("PHL");
    assertThat(philippineWomen.<Double>getAs("value")).isEqualTo(10.25);
    assertThat(philippineWomen.<String>getAs("obs_status")).isEqualTo("E");
    assertThat(inflows("CAN"))
        .allSatisfy(
            r -> {
              assertThat(r.<String>getAs("population_group")).isEqualTo("FOREIGN");
              assertThat(r.<String>getAs("age")).isEqualTo("_T");
              assertThat(r.<String>getAs("source")).isEqualTo("IR:501");
              assertThat(r.<Integer>getAs("year")).isEqualTo(2021);
            });
  }

  @Test
  void everyBadLineIsQuarantinedWithItsReason() {
    assertThat(reasons(BULK))
        .containsEntry(8L, "UNKNOWN_AREA_CODE: X01 (ILO aggregate, not a country)")
        .containsEntry(9L, "UNKNOWN_AREA_CODE: ZZZ")
        .containsEntry(10L, "MISSING_REQUIRED_FIELD: ref_area")
        .containsEntry(11L, "BAD_PERIOD: 2022Q1 (only annual observations, YYYY, are read)")
        .containsEntry(12L, "NON_NUMERIC_VALUE: abc")
        .containsEntry(13L, "NEGATIVE_VALUE: -3.5")
        .containsEntry(14L, "MISSING_REQUIRED_FIELD: obs_value")
        .containsEntry(15L, "UNKNOWN_CLASSIFICATION: sex SEX_Q")
        .containsEntry(
            16L,
            "UNKNOWN_CLASSIFICATION: classifications EDU_ISCED11_TOTAL, CBR_FOR where"
                + " MST_TEAP_SEX_AGE_CBR_NB has AGE,CBR")
        .containsEntry(17L, "UNKNOWN_CLASSIFICATION: place of birth CBR_ABC")
        .containsEntry(
            18L,
            "DUPLICATE_KEY: MST_TEAP_SEX_AGE_CBR_NB ITA BA:77 2021 SEX_F AGE_YTHADULT_YGE15"
                + " CBR_FOR on 2 lines")
        .containsEntry(
            19L,
            "DUPLICATE_KEY: MST_TEAP_SEX_AGE_CBR_NB ITA BA:77 2021 SEX_F AGE_YTHADULT_YGE15"
                + " CBR_FOR on 2 lines")
        .containsEntry(20L, "MALFORMED_RECORD: 5 fields, the header has 12")
        .hasSize(13);
    assertThat(reasons(SDMX))
        .containsEntry(6L, "UNKNOWN_AREA_CODE: country of birth CBR_BRT_ZZZ")
        .containsEntry(7L, "UNIT_MISMATCH: UNIT_MULT 0: counts must be in thousands (UNIT_MULT 3)")
        .containsEntry(8L, "BAD_PERIOD: 2021-Q1 (only annual observations, YYYY, are read)")
        .hasSize(3);
  }

  @Test
  void realIlostatFilesAreRejectedWholeAsLabelFlavourWithNothingWritten() {
    Assumptions.assumeTrue(real.isPresent(), "../shared/realdata/ilostat is absent");
    for (String name :
        List.of("EMP_TEMP_SEX_INS_NB_A-20240725T0039.csv", "EMP_NIFL_SEX_RT_A-20240726T0000.csv")) {
      InputOutcome outcome = outcome(name);
      assertThat(outcome.source()).isEqualTo("ilostat");
      assertThat(outcome.status()).isEqualTo(InputOutcome.InputStatus.REJECTED);
      assertThat(outcome.message().orElseThrow())
          .startsWith(name + " is an ILOSTAT download in the label flavour");
      assertThat(outcome.rowsRead()).isZero();
      assertThat(
              warehouse
                  .read(SilverTables.QUARANTINE)
                  .where(col("_source_file").equalTo(name))
                  .count())
          .isZero();
    }
  }

  @Test
  void aRevisedSdmxDownloadReplacesOnlyTheCombinationsItHolds() throws IOException {
    Path original = temp.resolve("revision").resolve("1-original.csv");
    Files.createDirectories(original.getParent());
    Files.writeString(
        original,
        SDMX_HEADER
            + row("CAN", "SEX_T", "CBR_BRT_TOTAL", "2021", "405.3")
            + row("CAN", "SEX_T", "CBR_BRT_X", "2021", "3.5")
            + row("CAN", "SEX_F", "CBR_BRT_PHL", "2021", "10.25")
            + row("CAN", "SEX_T", "CBR_BRT_IND", "2020", "99"));
    Path revised = temp.resolve("revision").resolve("2-revised.csv");
    Files.writeString(
        revised,
        SDMX_HEADER
            + row("CAN", "SEX_T", "CBR_BRT_TOTAL", "2021", "410")
            + row("CAN", "SEX_F", "CBR_BRT_IND", "2021", "60")
            + row("CAN", "SEX_M", "CBR_BRT_PHL", "2021", "5"));
    Warehouse revisions = new Warehouse(TestSpark.session(), temp.resolve("w2").toString());

    new EtlPipeline(revisions, Areas.load(), Progress.silent())
        .run(List.of(original, revised), Optional.empty(), "revision");

    Map<String, Double> rows =
        revisions.read(SilverTables.LABOUR_MIGRATION).collectAsList().stream()
            .collect(
                Collectors.toMap(
                    r -> r.getAs("year") + " " + r.getAs("sex") + " " + r.getAs("origin"),
                    r -> r.<Double>getAs("value")));
    // Sexes {_T, F, M} x origins {_T, IND, PHL} x 2021 are the revision's: F PHL is withdrawn.
    // _X is not among its origins, nor 2020 among its years: those rows stay.
    assertThat(rows)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "2021 _T _T", 410.0,
                "2021 F IND", 60.0,
                "2021 M PHL", 5.0,
                "2021 _T _X", 3.5,
                "2020 _T IND", 99.0));
  }

  private static String row(String area, String sex, String birth, String year, String value) {
    return String.join(
            ",",
            "ILO:DF_MFL_FPOP_SEX_CBR_NB(1.0)",
            area,
            "A",
            "MFL_FPOP_NB",
            sex,
            birth,
            year,
            value,
            "3",
            "IR:501")
        + "\n";
  }

  private InputOutcome outcome(String file) {
    return run.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }

  private Row labourForce(String area, String sex, String age, String group) {
    List<Row> rows =
        warehouse
            .read(SilverTables.LABOUR_MIGRATION)
            .where(
                col("indicator")
                    .equalTo("MST_TEAP_SEX_AGE_CBR_NB")
                    .and(col("area").equalTo(area))
                    .and(col("sex").equalTo(sex))
                    .and(col("age").equalTo(age))
                    .and(col("population_group").equalTo(group)))
            .collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private List<Row> inflows(String area) {
    return warehouse
        .read(SilverTables.LABOUR_MIGRATION)
        .where(col("measure").equalTo("INFLOWS").and(col("area").equalTo(area)))
        .collectAsList();
  }

  private Map<Long, String> reasons(String file) {
    return warehouse
        .read(SilverTables.QUARANTINE)
        .where(col("_source_file").equalTo(file))
        .collectAsList()
        .stream()
        .collect(Collectors.toMap(r -> r.<Long>getAs("_source_row"), r -> r.getAs("reasons")));
  }
}
