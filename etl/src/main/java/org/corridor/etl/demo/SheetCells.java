package org.corridor.etl.demo;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** One new spreadsheet row filled cell by cell: text as text, numbers as numbers, blanks empty. */
final class SheetCells implements RpwDemoServices.Cells {
  private final Row row;
  private int column;

  SheetCells(Sheet sheet) {
    this.row = sheet.createRow(sheet.getLastRowNum() + 1);
  }

  static void header(Sheet sheet, List<String> names) {
    SheetCells header = new SheetCells(sheet);
    names.forEach(header::text);
  }

  @Override
  public void text(String value) {
    if (!value.isEmpty()) {
      row.createCell(column).setCellValue(value);
    }
    column++;
  }

  @Override
  public void decimal(long units, int scale) {
    row.createCell(column++).setCellValue(units / Math.pow(10, scale));
  }
}
