package org.corridor.etl.source;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.corridor.etl.EtlErrors;

/**
 * An Excel workbook as publishers release them, read cell by cell as text: {@code .xlsx} streamed
 * row by row (the RPW dataset runs to 50 MB, too large to hold as POI objects), legacy {@code .xls}
 * through POI's own reader. Numbers come out in their shortest exact decimal form (never as the
 * sheet displays them, which may round), dates as ISO-8601, blanks as empty text and formula cells
 * as their cached result.
 */
public final class Workbook implements AutoCloseable {
  private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final SourceFile file;
  private final org.apache.poi.ss.usermodel.Workbook poi;

  private Workbook(SourceFile file, org.apache.poi.ss.usermodel.Workbook poi) {
    this.file = file;
    this.poi = poi;
  }

  /** Whether the file's first bytes are those of an .xlsx (zip) or .xls (OLE2) workbook. */
  public static boolean isWorkbook(SourceFile file) {
    return startsWith(file.head(), ZIP_MAGIC) || startsWith(file.head(), OLE2_MAGIC);
  }

  /**
   * @throws EtlErrors.RejectedFile when the file is neither a readable .xlsx nor .xls workbook
   */
  public static Workbook open(SourceFile file) {
    try {
      if (startsWith(file.head(), ZIP_MAGIC)) {
        return new Workbook(
            file,
            StreamingReader.builder()
                .rowCacheSize(200)
                .bufferSize(64 * 1024)
                .open(file.path().toFile()));
      }
      if (startsWith(file.head(), OLE2_MAGIC)) {
        return new Workbook(file, new HSSFWorkbook(new ByteArrayInputStream(file.bytes())));
      }
    } catch (IOException | RuntimeException e) {
      throw EtlErrors.notAWorkbook(file.path(), String.valueOf(e.getMessage()));
    }
    throw EtlErrors.notAWorkbook(file.path(), "it starts with neither a zip nor an OLE2 header");
  }

  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < poi.getNumberOfSheets(); i++) {
      names.add(poi.getSheetName(i));
    }
    return names;
  }

  /**
   * Visits the rows of a sheet in order; a row's cells run from column A to its last non-empty
   * cell. A streamed workbook can be walked once per sheet.
   *
   * @throws EtlErrors.RejectedFile when the workbook has no such sheet, or breaks off mid-sheet
   */
  public void forEachRow(String sheetName, Consumer<SheetRow> visitor) {
    if (!sheetNames().contains(sheetName)) {
      throw EtlErrors.missingSheet(file.path(), List.of(sheetName), sheetNames());
    }
    Sheet sheet = poi.getSheet(sheetName);
    try {
      for (Row row : sheet) {
        visitor.accept(new SheetRow(row.getRowNum() + 1, cells(row)));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw EtlErrors.notAWorkbook(file.path(), "sheet " + sheetName + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      poi.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close workbook " + file.name(), e);
    }
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (Cell cell : row) {
      while (cells.size() < cell.getColumnIndex()) {
        cells.add("");
      }
      cells.add(text(cell));
    }
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private static String text(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(cell.getLocalDateTimeCellValue())
              : NumberToTextConverter.toText(cell.getNumericCellValue());
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      case BLANK, FORMULA, _NONE -> "";
    };
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** One row of a sheet: its 1-based number as Excel shows it, and its cells as text. */
  public record SheetRow(int number, List<String> cells) {
    public SheetRow {
      cells = List.copyOf(cells);
    }

    /** The cell in a 0-based column, empty beyond the row's last cell. */
    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }
}
