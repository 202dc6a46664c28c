package org.corridor.etl.source.rpw;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.Workbook;

/**
 * Reads the World Bank's RPW dataset workbook ({@code rpw_dataset_2011_<yyyy>_q<n>.xlsx}, 30-50
 * MB), streamed: its sheets "Dataset (up to Q1 2016)" and "Dataset (from Q2 2016)", either or both.
 * The other sheets (Terms of Use, Methodology, Legend, Countries) are not data. In each data sheet
 * the header is found by its content, not assumed to be on row 1.
 */
public final class RpwServiceWorkbook {
  static final String OLDER_SHEET = "Dataset (up to Q1 2016)";
  static final String NEWER_SHEET = "Dataset (from Q2 2016)";
  private static final List<String> DATA_SHEETS = List.of(OLDER_SHEET, NEWER_SHEET);
  private static final int PREAMBLE_LIMIT = 20;
  private static final String WORKBOOK_PART = "xl/workbook.xml";

  private RpwServiceWorkbook() {}

  /**
   * Whether a file is an .xlsx workbook with an RPW data sheet, read off its sheet list without
   * opening the (large) sheets.
   */
  public static boolean recognises(SourceFile file) {
    if (!Workbook.isWorkbook(file)) {
      return false;
    }
    try (ZipFile zip = new ZipFile(file.path().toFile())) {
      ZipEntry part = zip.getEntry(WORKBOOK_PART);
      if (part == null) {
        return false;
      }
      try (InputStream in = zip.getInputStream(part)) {
        String sheets = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return DATA_SHEETS.stream().anyMatch(name -> sheets.contains("name=\"" + name + "\""));
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * @throws EtlErrors.RejectedFile when the file is not a workbook, has neither data sheet, or a
   *     data sheet has no RPW header
   */
  public static ParsedFile read(SourceFile file, Provenance provenance) {
    List<Row> quotes = new ArrayList<>();
    try (Workbook workbook = Workbook.open(file)) {
      List<String> present = DATA_SHEETS.stream().filter(workbook.sheetNames()::contains).toList();
      if (present.isEmpty()) {
        throw EtlErrors.missingSheet(file.path(), DATA_SHEETS, workbook.sheetNames());
      }
      for (String sheet : present) {
        SheetReader reader = new SheetReader(file, sheet, provenance, quotes);
        workbook.forEachRow(sheet, reader);
        reader.requireHeader();
      }
    }
    return new ParsedFile(quotes, List.of());
  }

  /** Walks one sheet: rows before the header are skipped, rows after it become quotes. */
  private static final class SheetReader implements Consumer<Workbook.SheetRow> {
    private final SourceFile file;
    private final String sheet;
    private final Provenance provenance;
    private final List<Row> quotes;
    private RpwServiceLayout layout;

    SheetReader(SourceFile file, String sheet, Provenance provenance, List<Row> quotes) {
      this.file = file;
      this.sheet = sheet;
      this.provenance = provenance;
      this.quotes = quotes;
    }

    @Override
    public void accept(Workbook.SheetRow row) {
      if (layout != null) {
        if (row.cells().stream().anyMatch(cell -> !cell.isBlank())) {
          quotes.addAll(layout.quotes(sheet, row.cells(), provenance, row.number()));
        }
      } else if (RpwServiceLayout.isHeader(row.cells())) {
        layout = RpwServiceLayout.of(file.path(), row.cells());
      } else if (row.number() >= PREAMBLE_LIMIT) {
        throw noHeader();
      }
    }

    void requireHeader() {
      if (layout == null) {
        throw noHeader();
      }
    }

    private EtlErrors.RejectedFile noHeader() {
      return EtlErrors.malformedHeader(
          file.path(),
          "sheet \""
              + sheet
              + "\" with an RPW dataset header (period, source_code, destination_code, ...)"
              + " within its first "
              + PREAMBLE_LIMIT
              + " rows",
          "none");
    }
  }
}
