package org.corridor.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.etl.EtlErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {
  @TempDir Path temp;

  @Test
  void xlsxCellsComeOutAsExactTextWithGapsAndFormulasResolved() throws IOException {
    Path path = temp.resolve("book.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      fill(book);
      write(book, path);
    }
    assertThat(rows(path, "Data"))
        .containsExactly(
            new Workbook.SheetRow(1, List.of("name", "", "value")),
            new Workbook.SheetRow(3, List.of("Yemen, Rep.", "0.1", "1234.5678", "1234.6678")),
            new Workbook.SheetRow(4, List.of("date", "2016-04-01T00:00:00")));
  }

  @Test
  void legacyXlsIsReadTheSameWay() throws IOException {
    Path path = temp.resolve("book.xls");
    try (HSSFWorkbook book = new HSSFWorkbook()) {
      fill(book);
      write(book, path);
    }
    assertThat(rows(path, "Data")).hasSize(3);
    assertThat(rows(path, "Data").get(1).cell(3)).isEqualTo("1234.6678");
    assertThat(rows(path, "Data").get(1).cell(9)).isEmpty();
  }

  @Test
  void aMissingSheetOrATextFileIsRejectedWhole() throws IOException {
    Path path = temp.resolve("book.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      fill(book);
      write(book, path);
    }
    assertThatThrownBy(() -> rows(path, "Dataset"))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("[Data]");
    Path text = temp.resolve("not-a-book.xlsx");
    Files.writeString(text, "period,source_code\n", StandardCharsets.UTF_8);
    assertThat(Workbook.isWorkbook(SourceFile.read(text))).isFalse();
    assertThatThrownBy(() -> Workbook.open(SourceFile.read(text)))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("not a readable Excel workbook");
  }

  private static void fill(org.apache.poi.ss.usermodel.Workbook book) {
    Sheet sheet = book.createSheet("Data");
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("name");
    header.createCell(2).setCellValue("value");
    Row data = sheet.createRow(2);
    data.createCell(0).setCellValue("Yemen, Rep.");
    data.createCell(1).setCellValue(0.1);
    data.createCell(2).setCellValue(1234.5678);
    data.createCell(3).setCellFormula("C3+B3");
    data.createCell(4).setBlank();
    CellStyle dates = book.createCellStyle();
    dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    Row dated = sheet.createRow(3);
    dated.createCell(0).setCellValue("date");
    dated.createCell(1).setCellValue(LocalDate.of(2016, 4, 1));
    dated.getCell(1).setCellStyle(dates);
    book.getCreationHelper().createFormulaEvaluator().evaluateAll();
  }

  private static void write(org.apache.poi.ss.usermodel.Workbook book, Path path)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      book.write(out);
    }
  }

  private static List<Workbook.SheetRow> rows(Path path, String sheet) {
    List<Workbook.SheetRow> rows = new ArrayList<>();
    try (Workbook book = Workbook.open(SourceFile.read(path))) {
      book.forEachRow(sheet, rows::add);
    }
    return rows;
  }
}
