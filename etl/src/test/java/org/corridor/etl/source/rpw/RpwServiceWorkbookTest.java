package org.corridor.etl.source.rpw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corridor.etl.source.rpw.RpwServiceCsvTest.cell;
import static org.corridor.etl.source.rpw.RpwServiceCsvTest.quotesOf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpwServiceWorkbookTest {
  @TempDir Path temp;

  @Test
  void bothDataSheetsAreReadTheOlderOneUnderItsOlderColumnNames() throws IOException {
    ParsedFile file = read(RpwFixtureWorkbook.write(temp));

    // Older sheet: rows 4 and 5 priced at both amounts, row 6 at USD 200 only; newer sheet: rows
    // 2 and 3 at both amounts.
    assertThat(file.bronzeRows()).hasSize(9);
    assertThat(file.rejected()).isEmpty();
    Row older = quotesOf(file, 4).get(0);
    assertThat(cell(older, "sheet")).isEqualTo("Dataset (up to Q1 2016)");
    assertThat(cell(older, "period")).isEqualTo("2015_4Q");
    assertThat(cell(older, "payment_instrument")).isEqualTo("Cash to cash");
    assertThat(cell(older, "access_point")).isEqualTo("at Branch");
    assertThat(cell(older, "receiving_network_coverage")).isEqualTo("Nationwide");
    assertThat(cell(older, "pickup_method")).isEqualTo("Cash");
    assertThat(cell(older, "pickup_location")).as("not in the older sheet").isNull();
    assertThat(cell(older, "lcu_fee")).as("numbers as exact text").isEqualTo("10");
    assertThat(cell(older, "total_cost_pct")).isEqualTo("6.2");
    assertThat(quotesOf(file, 6)).hasSize(1);
  }

  @Test
  void rowsOfTheTwoSheetsKeepTheirSheetAndRowAndTheUnlabeledColumnIsNotRead() throws IOException {
    ParsedFile file = read(RpwFixtureWorkbook.write(temp));

    assertThat(quotesOf(file, 2))
        .extracting(r -> cell(r, "sheet") + " " + cell(r, "amount_block"))
        .containsExactly("Dataset (from Q2 2016) cc1", "Dataset (from Q2 2016) cc2");
    Row newer = quotesOf(file, 2).get(1);
    assertThat(cell(newer, "lcu_amount")).isEqualTo("1875");
    assertThat(cell(newer, "total_cost_pct")).isEqualTo("1.3");
    assertThat(cell(newer, "corridor")).isEqualTo("SAUIND");
    assertThat(file.bronzeRows())
        .allSatisfy(r -> assertThat(r.mkString("|")).doesNotContain("|2016|"));
  }

  @Test
  void aWorkbookWithNeitherDataSheetIsRejectedNamingTheSheetsItHas() throws IOException {
    Path path = temp.resolve("rpw.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Legend").createRow(0).createCell(0).setCellValue("period");
      try (OutputStream out = Files.newOutputStream(path)) {
        book.write(out);
      }
    }

    assertThatThrownBy(() -> read(path))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("Dataset (from Q2 2016)")
        .hasMessageContaining("(it has [Legend])");
    assertThat(RpwServiceWorkbook.recognises(SourceFile.read(path))).isFalse();
  }

  @Test
  void aDataSheetWithoutAnRpwHeaderIsRejectedWhole() throws IOException {
    Path path = temp.resolve("rpw.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      var sheet = book.createSheet("Dataset (from Q2 2016)");
      sheet.createRow(0).createCell(0).setCellValue("Year");
      sheet.createRow(1).createCell(0).setCellValue("2016");
      try (OutputStream out = Files.newOutputStream(path)) {
        book.write(out);
      }
    }

    assertThatThrownBy(() -> read(path))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("with an RPW dataset header");
  }

  @Test
  void isRecognisedByItsSheetNames() throws IOException {
    assertThat(RpwServiceWorkbook.recognises(SourceFile.read(RpwFixtureWorkbook.write(temp))))
        .isTrue();
  }

  private static ParsedFile read(Path path) {
    SourceFile file = SourceFile.read(path);
    return RpwServiceWorkbook.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }
}
