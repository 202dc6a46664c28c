package org.corridor.etl.source.rpw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.Fixtures;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpwCorridorCsvTest {
  static final String FIXTURE = "rpw_corridors_fixture_Data.csv";

  @TempDir Path temp;

  @Test
  void nonMissingCellsAreRowsAndDataBanksMissingValueIsNot() {
    ParsedFile file = read(fixture());

    // Lines 2 (2 cells), 4 (2), 5, 6, 7, 8, 9 (1 each); line 3 is all "..".
    assertThat(file.bronzeRows()).hasSize(9);
    assertThat(file.bronzeRows().get(0).mkString("|"))
        .startsWith(
            "USA|United States of America|Average Total Cost to remit in corridor|ATCR.CORR|MEX"
                + "|Mexico|2019Q4 [YR2019Q4]|5.123|"
                + FIXTURE);
    assertThat(file.bronzeRows().get(1).getString(6)).isEqualTo("2020Q2 [YR2020Q2]");
    assertThat(file.bronzeRows().get(1).getString(7)).isEqualTo("4.9");
    assertThat(file.bronzeRows().get(2).getString(4)).as("as published").isEqualTo("KSV");
    assertThat(file.bronzeRows().get(2).getLong(10)).isEqualTo(4L);
    assertThat(file.rejected())
        .extracting(RejectedRecord::row, RejectedRecord::reasonText)
        .containsExactly(tuple(10L, "MALFORMED_RECORD: 3 fields, the header has 9"));
    assertThat(file.rowsRead()).isEqualTo(10);
  }

  @Test
  void aHeaderOtherThanDataBanksIsRejectedWhole() throws IOException {
    Path wrong = temp.resolve("wrong_Data.csv");
    Files.writeString(
        wrong,
        "Country Name,Country Code,Series Name,Series Code,2019Q4 [YR2019Q4]\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(wrong))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not a well-formed file of its format");

    Path badQuarter = temp.resolve("quarter_Data.csv");
    Files.writeString(
        badQuarter,
        Files.readString(fixture()).replace("2020Q1 [YR2020Q1]", "2020Q1 [YR2020Q2]"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(badQuarter))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("a column \"2020Q1 [YR2020Q2]\"");
  }

  @Test
  void anExportWithoutItsFooterWasCutShortAndIsRejectedWhole() throws IOException {
    List<String> lines = Files.readAllLines(fixture());
    Path cut = temp.resolve("cut_Data.csv");
    Files.write(cut, lines.subList(0, 5), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read(cut))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("ends before its last record is complete")
        .hasMessageContaining("Last Updated:");
  }

  @Test
  void aDataLineAfterTheFooterBeganIsQuarantined() throws IOException {
    List<String> lines = Files.readAllLines(fixture());
    Path file = temp.resolve("late_Data.csv");
    Files.write(
        file,
        List.of(lines.get(0), lines.get(1), ",,,,,,,,", lines.get(3), lines.get(13), lines.get(14)),
        StandardCharsets.UTF_8);

    ParsedFile parsed = read(file);

    assertThat(parsed.bronzeRows()).hasSize(2);
    assertThat(parsed.rejected())
        .extracting(RejectedRecord::row, RejectedRecord::reasonText)
        .containsExactly(tuple(4L, "MALFORMED_RECORD: a data line inside the footer"));
  }

  @Test
  void isRecognisedByItsHeaderWhateverTheSpacing() throws IOException {
    Path single = temp.resolve("single.csv");
    Files.writeString(
        single,
        Files.readString(fixture()).replace("Countries  ", "Countries "),
        StandardCharsets.UTF_8);

    assertThat(RpwCorridorCsv.recognises(SourceFile.read(fixture()))).isTrue();
    assertThat(RpwCorridorCsv.recognises(SourceFile.read(single))).isTrue();
    assertThat(read(single).bronzeRows()).hasSize(9);
    assertThat(
            RpwCorridorCsv.recognises(
                SourceFile.read(
                    Fixtures.copy("rpw-fixture", temp.resolve("s"))
                        .resolve("3_rpw_correction_2023_q2.csv"))))
        .isFalse();
  }

  private Path fixture() {
    return Fixtures.copy("rpw-corridor-fixture", temp.resolve("fixture")).resolve(FIXTURE);
  }

  private static ParsedFile read(Path path) {
    SourceFile file = SourceFile.read(path);
    return RpwCorridorCsv.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }
}
