package org.corridor.etl.source.knomad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corridor.etl.source.knomad.KnomadFixtures.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BilateralMatrixTest {
  @TempDir Path temp;

  @Test
  void everyNonEmptyCellOfTheMatrixSheetIsABronzeRowAndNothingElseIs() throws IOException {
    ParsedFile parsed =
        read(KnomadFixtures.remittances2019(temp.resolve("m.xlsx")), KnomadMeasure.REMITTANCES);

    // Cells right of column A in rows 3-10: 4 + 4 + 6 + 3 + 1 + 1 + 1 + 5; notes and the
    // redistributor's sheets yield none.
    assertThat(parsed.bronzeRows()).hasSize(25);
    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.bronzeRows())
        .allSatisfy(r -> assertThat(r.getString(0)).isEqualTo(KnomadFixtures.REMITTANCE_SHEET));
    assertThat(cell(parsed, 3, "D"))
        .containsExactly(
            KnomadFixtures.REMITTANCE_SHEET,
            "remittances",
            "2019",
            "D",
            "Egypt, Arab Rep.",
            "United States",
            "1.005");
    assertThat(cell(parsed, 4, "D")).endsWith("France", "United States", "-");
    assertThat(cell(parsed, 5, "G"))
        .as("a cell beyond the header has no destination")
        .endsWith("United States", null, "7");
    assertThat(cell(parsed, 9, "B"))
        .as("a row without a label")
        .endsWith(null, "Egypt, Arab Rep.", "5");
    assertThat(cell(parsed, 10, "F")).endsWith("WORLD", "WORLD", "2535.133");
  }

  @Test
  void aCsvOfTheSameLayoutIsReadTheSameWayAndABrokenLineIsRejectedAlone() throws IOException {
    ParsedFile parsed =
        read(
            KnomadFixtures.migrantStock2017(temp.resolve("bilateral-migration.csv")),
            KnomadMeasure.MIGRANT_STOCK);

    assertThat(parsed.bronzeRows()).hasSize(34);
    assertThat(cell(parsed, 3, "C"))
        .containsExactly(null, "migrant_stock", "2017", "C", "Egypt, Arab Rep.", "France", "1200");
    assertThat(cell(parsed, 7, "F")).endsWith("Other North", "Other South", "0");
    assertThat(parsed.rejected())
        .extracting(RejectedRecord::row, RejectedRecord::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, Reason.MALFORMED_RECORD));
    assertThat(parsed.rowsRead()).isEqualTo(35);
  }

  @Test
  void eachMatrixSheetOfAWorkbookTakesItsYearFromItsTitle() throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Bilateral_Migration_2016", matrix("Bilateral Estimates of Migrant Stocks in 2016"));
    sheets.put("Bilateral_Migration_2017", matrix("Bilateral Estimates of Migrant Stocks in 2017"));
    ParsedFile parsed =
        read(
            KnomadFixtures.workbook(temp.resolve("two.xlsx"), sheets), KnomadMeasure.MIGRANT_STOCK);

    assertThat(parsed.bronzeRows())
        .extracting(r -> r.getString(0) + " " + r.getString(2))
        .containsOnly("Bilateral_Migration_2016 2016", "Bilateral_Migration_2017 2017")
        .hasSize(6);
  }

  @Test
  void aTitleWithoutAYearLeavesItToTheSheetName() throws IOException {
    ParsedFile parsed =
        read(
            KnomadFixtures.workbook(
                temp.resolve("m.xlsx"),
                Map.of(
                    "Bilateral_Migration_2013", matrix("Bilateral Estimates of Migrant Stocks"))),
            KnomadMeasure.MIGRANT_STOCK);

    assertThat(parsed.bronzeRows()).extracting(r -> r.getString(2)).containsOnly("2013");
  }

  @Test
  void aSheetWithoutTheWorldHeaderRowIsRejectedWhole() throws IOException {
    Path file =
        KnomadFixtures.workbook(
            temp.resolve("no-header.xlsx"),
            Map.of(
                "Bilateral_Migration_2017",
                List.of(
                    row("Bilateral Estimates of Migrant Stocks in 2017"),
                    row("", "Egypt, Arab Rep.", "France"),
                    row("France", 1.0, 0.0))));

    assertThatThrownBy(() -> read(file, KnomadMeasure.MIGRANT_STOCK))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessage(
            "no-header.xlsx is not a well-formed file of its format: expected a header row of"
                + " country names ending with World within the first 10 rows but found none"
                + " (sheet Bilateral_Migration_2017); check that the file is the publisher's"
                + " original, unedited download");
  }

  @Test
  void aWorkbookWithoutAMatrixSheetIsRejectedWhole() throws IOException {
    Path file =
        KnomadFixtures.workbook(
            temp.resolve("renamed.xlsx"),
            Map.of("Sheet1", matrix("Bilateral Estimates of Migrant Stocks in 2017")));

    assertThatThrownBy(() -> read(file, KnomadMeasure.MIGRANT_STOCK))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining(
            "has none of the sheets [Bilateral_Remittances_<year>, Bilateral_Migration_<year>]"
                + " (it has [Sheet1])");
  }

  @Test
  void aMatrixOfTheOtherMeasureOrScaleIsRejectedWhole() throws IOException {
    Path stock = KnomadFixtures.migrantStock2017(temp.resolve("stock.csv"));
    assertThatThrownBy(() -> read(stock, KnomadMeasure.REMITTANCES))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageStartingWith(
            "stock.csv holds bilateral migrant stock (persons), not bilateral remittances (US$"
                + " million)");

    Path thousands = temp.resolve("thousands.csv");
    Files.writeString(
        thousands,
        "Bilateral Remittance Estimates for 2017 (thousands of US$)\n,France,WORLD\nFrance,0,0\n");
    assertThatThrownBy(() -> read(thousands, KnomadMeasure.REMITTANCES))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("holds remittances in thousands by its title");
  }

  @Test
  void aMatrixWithNoYearAnywhereIsRejectedWhole() throws IOException {
    Path file = temp.resolve("matrix.csv");
    Files.writeString(file, "Bilateral Estimates of Migrant Stocks\n,France,World\nFrance,0,0\n");

    assertThatThrownBy(() -> read(file, KnomadMeasure.MIGRANT_STOCK))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("expected a year in the matrix's title, sheet name or file name");
  }

  @Test
  void matricesAreRecognisedBySheetNameOrCsvTitle() throws IOException {
    assertThat(
            BilateralMatrix.recognises(
                SourceFile.read(KnomadFixtures.remittances2019(temp.resolve("r.xlsx")))))
        .contains(KnomadMeasure.REMITTANCES);
    assertThat(
            BilateralMatrix.recognises(
                SourceFile.read(KnomadFixtures.migrantStock2017(temp.resolve("s.csv")))))
        .contains(KnomadMeasure.MIGRANT_STOCK);
    Path other = KnomadFixtures.workbook(temp.resolve("o.xlsx"), Map.of("Data", List.of(row("x"))));
    assertThat(BilateralMatrix.recognises(SourceFile.read(other))).isEmpty();
    Path text = temp.resolve("o.csv");
    Files.writeString(
        text, "\"Data Source\",\"World Development Indicators\",\n", StandardCharsets.UTF_8);
    assertThat(BilateralMatrix.recognises(SourceFile.read(text))).isEmpty();
  }

  @Test
  void columnsAreNamedAsASpreadsheetNamesThem() {
    assertThat(List.of(0, 1, 25, 26, 51, 215).stream().map(MatrixSheet::columnName))
        .containsExactly("A", "B", "Z", "AA", "AZ", "HH");
  }

  private static List<List<Object>> matrix(String title) {
    return List.of(
        row(title), row("", "France", "Other South", "World"), row("France", 0.0, 3.0, 3.0));
  }

  private static ParsedFile read(Path path, KnomadMeasure measure) {
    SourceFile file = SourceFile.read(path);
    return BilateralMatrix.read(file, Provenance.of(file, "test", new Timestamp(0)), measure);
  }

  /** The published cells of the bronze row at a sheet row and column. */
  private static List<String> cell(ParsedFile parsed, long row, String column) {
    Row found =
        parsed.bronzeRows().stream()
            .filter(r -> r.getLong(9) == row && column.equals(r.getString(3)))
            .findFirst()
            .orElseThrow();
    return Arrays.asList(
        found.getString(0),
        found.getString(1),
        found.getString(2),
        found.getString(3),
        found.getString(4),
        found.getString(5),
        found.getString(6));
  }
}
