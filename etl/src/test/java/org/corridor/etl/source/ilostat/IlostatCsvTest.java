package org.corridor.etl.source.ilostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.Fixtures;
import org.corridor.etl.RealData;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.warehouse.table.BronzeTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IlostatCsvTest {
  private static final List<String> COLUMNS = BronzeTables.ILOSTAT_OBSERVATION.columnNames();

  @TempDir Path temp;

  @Test
  void bulkCodeFlavourKeepsEveryCellAsWrittenUnderItsBronzeColumn() {
    ParsedFile file = read(fixture("MST_TEAP_SEX_AGE_CBR_NB_A.csv"));

    assertThat(file.rowsRead()).isEqualTo(19);
    assertThat(file.bronzeRows()).hasSize(18);
    Row first = file.bronzeRows().get(0);
    assertThat(cell(first, "indicator"))
        .as("byte-order mark stripped")
        .isEqualTo("MST_TEAP_SEX_AGE_CBR_NB");
    assertThat(cell(first, "ref_area")).isEqualTo("DEU");
    assertThat(cell(first, "source")).isEqualTo("BA:1234");
    assertThat(cell(first, "classif2")).isEqualTo("CBR_TOTAL");
    assertThat(cell(first, "obs_value")).isEqualTo("44500.5");
    assertThat(cell(first, "freq")).as("bulk files have no FREQ").isNull();
    assertThat(cell(first, "unit_mult")).isNull();
    assertThat(first.getLong(COLUMNS.indexOf("_source_row"))).isEqualTo(2L);
    Row withNotes = file.bronzeRows().get(3);
    assertThat(cell(withNotes, "obs_status")).isEqualTo("B");
    assertThat(cell(withNotes, "note_indicator")).isEqualTo("Break in series: Methodology revised");
    assertThat(file.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(20);
              assertThat(r.reasonText()).isEqualTo("MALFORMED_RECORD: 5 fields, the header has 12");
            });
  }

  @Test
  void sdmxCsvPutsTheDataflowInIndicatorAndItsDimensionsInSexAndClassifications() {
    ParsedFile file = read(fixture("ILO_DF_MFL_FPOP_SEX_CBR_NB.csv"));

    assertThat(file.rowsRead()).isEqualTo(7);
    assertThat(file.rejected()).isEmpty();
    Row philippines = file.bronzeRows().get(2);
    assertThat(cell(philippines, "indicator")).isEqualTo("ILO:DF_MFL_FPOP_SEX_CBR_NB(1.0)");
    assertThat(cell(philippines, "freq")).isEqualTo("A");
    assertThat(cell(philippines, "sex")).isEqualTo("SEX_F");
    assertThat(cell(philippines, "classif1")).isEqualTo("CBR_BRT_PHL");
    assertThat(cell(philippines, "classif2")).isNull();
    assertThat(cell(philippines, "time")).isEqualTo("2021");
    assertThat(cell(philippines, "obs_value")).isEqualTo("10.25");
    assertThat(cell(philippines, "obs_status")).isEqualTo("E");
    assertThat(cell(philippines, "unit_measure")).isEqualTo("PS");
    assertThat(cell(philippines, "unit_mult")).isEqualTo("3");
    assertThat(cell(philippines, "source")).isEqualTo("IR:501");
  }

  @Test
  void bothLayoutsAreRecognisedByContentAndOtherPublishersSdmxIsNot() throws IOException {
    assertThat(IlostatCsv.recognises(SourceFile.read(fixture("MST_TEAP_SEX_AGE_CBR_NB_A.csv"))))
        .isTrue();
    assertThat(IlostatCsv.recognises(SourceFile.read(fixture("ILO_DF_MFL_FPOP_SEX_CBR_NB.csv"))))
        .isTrue();
    Path oecd =
        write(
            "oecd.csv",
            "DATAFLOW,REF_AREA,FREQ,MEASURE,TIME_PERIOD,OBS_VALUE\n"
                + "OECD.SDD.TPS:DSD_PDB@DF_PDB(2.0),CAN,A,GDPHRS,2020,60.5\n");
    assertThat(IlostatCsv.recognises(SourceFile.read(oecd))).isFalse();
  }

  @Test
  void aFileOfAnotherIlostatSeriesIsRejectedWholeNamingTheSeries() throws IOException {
    Path employment =
        write(
            "EMP_TEMP_SEX_INS_NB_A.csv",
            "ref_area,source,indicator,sex,classif1,time,obs_value\n"
                + "AFG,BA:1,EMP_TEMP_SEX_INS_NB,SEX_T,INS_SECTOR_TOTAL,2021,7679.474\n");

    assertThatThrownBy(() -> read(employment))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageStartingWith(
            "EMP_TEMP_SEX_INS_NB_A.csv holds series EMP_TEMP_SEX_INS_NB, which Corridor does not"
                + " read; supported series: [MST_XWAP_SEX_AGE_CBR_NB");
  }

  @Test
  void theLabelFlavourIsRejectedWholeAndAskedForInCodes() throws IOException {
    Path labels =
        write(
            "labels.csv",
            "\uFEFF\"ref_area.label\",\"source.label\",\"indicator.label\",\"sex.label\",\"time\","
                + "\"obs_value\"\n\"Afghanistan\",\"LFS\",\"Labour force\",\"Sex: Total\","
                + "\"2021\",86.395\n");

    assertThat(IlostatCsv.recognises(SourceFile.read(labels))).isTrue();
    assertThatThrownBy(() -> read(labels))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("label flavour")
        .hasMessageContaining("code flavour");
  }

  @Test
  void headersThatAreNeitherLayoutAreRejectedWhole() throws IOException {
    Path noValue =
        write("a.csv", "ref_area,source,indicator,sex,time,value\nDEU,BA:1,X,SEX_T,2020,1\n");
    Path extraColumn =
        write(
            "b.csv",
            "ref_area,indicator,time,obs_value,comment\nDEU,MFL_FPOP_SEX_CBR_NB,2020,1,x\n");
    Path threeClassifications =
        write(
            "c.csv",
            "DATAFLOW,REF_AREA,FREQ,MEASURE,SEX,AGE,EDU,CBR,TIME_PERIOD,OBS_VALUE\n"
                + "ILO:DF_X(1.0),DEU,A,X,SEX_T,AGE_Y,EDU_X,CBR_FOR,2020,1\n");

    for (Path file : List.of(noValue, extraColumn, threeClassifications)) {
      assertThatThrownBy(() -> read(file))
          .isInstanceOf(EtlErrors.RejectedFile.class)
          .hasMessageContaining("is not a well-formed file of its format");
    }
  }

  @Test
  void realIlostatDownloadsAreLabelFlavourAndRejectedWhole() {
    Optional<Path> folder = RealData.folder("ilostat");
    Assumptions.assumeTrue(folder.isPresent(), "../shared/realdata/ilostat is absent");
    for (String name :
        List.of("EMP_TEMP_SEX_INS_NB_A-20240725T0039.csv", "EMP_NIFL_SEX_RT_A-20240726T0000.csv")) {
      SourceFile file = SourceFile.read(folder.get().resolve(name));
      assertThat(IlostatCsv.recognises(file)).as(name).isTrue();
      assertThatThrownBy(() -> IlostatCsv.read(file, provenance(file)))
          .isInstanceOf(EtlErrors.RejectedFile.class)
          .hasMessageStartingWith(name + " is an ILOSTAT download in the label flavour");
    }
  }

  @Test
  void indicatorCodesAreReadFromBulkIndicatorsAndSdmxDataflows() {
    assertThat(IlostatSeries.of("MST_TEAP_SEX_AGE_CBR_NB"))
        .contains(IlostatSeries.MST_TEAP_SEX_AGE_CBR_NB);
    assertThat(IlostatSeries.of("ILO:DF_MFL_FPOP_SEX_CBR_NB(1.0)"))
        .contains(IlostatSeries.MFL_FPOP_SEX_CBR_NB);
    assertThat(IlostatSeries.of("EMP_TEMP_SEX_INS_NB")).isEmpty();
    assertThat(IlostatSeries.MST_TEMP_SEX_ECO_CBR_NB.classifications())
        .containsExactly("ECO", "CBR");
    assertThat(IlostatSeries.MFL_FPOP_SEX_CBR_NB.classifications()).containsExactly("CBR");
  }

  private Path fixture(String name) {
    return Fixtures.copy("ilostat-fixture", temp.resolve("fixture")).resolve(name);
  }

  private Path write(String name, String text) throws IOException {
    Path path = temp.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static ParsedFile read(Path path) {
    SourceFile file = SourceFile.read(path);
    return IlostatCsv.read(file, provenance(file));
  }

  private static Provenance provenance(SourceFile file) {
    return Provenance.of(file, "test", new Timestamp(0));
  }

  private static String cell(Row row, String column) {
    return row.getString(COLUMNS.indexOf(column));
  }
}
