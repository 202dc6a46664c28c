package org.corridor.etl.source.rpw;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A hand-written RPW dataset workbook in the publisher's layout, both data sheets: the older one
 * with its older column names and its header under a title and a blank row, the newer one with an
 * unlabeled column after its last, as the 2025 releases have. Numbers are numeric cells, as in the
 * publisher's file.
 *
 * <p>Older sheet: row 4, 2015_4Q USA to PHL, transparent, same day, nationwide: both quotes valid;
 * row 5, the same service in 2016_1Q with coverage of major cities only; row 6, period 2015_5Q.
 * Newer sheet: row 2, 2016_2Q SAU to IND, both quotes valid; row 3, 500 in the cc1 denomination.
 */
public final class RpwFixtureWorkbook {
  public static final String FILE = "2_rpw_dataset_2011_2016_q2.xlsx";

  static final List<String> OLDER_HEADER =
      List.of(
          "id",
          "period",
          "source_code",
          "source_name",
          "source_region",
          "source_income",
          "source_lending",
          "source_G8G20",
          "destination_code",
          "destination_name",
          "destination_region",
          "destination_income",
          "destination_lending",
          "destination_G8G20",
          "firm",
          "firm_type",
          "product",
          "sending location",
          "speed actual",
          "cc1 lcu amount",
          "cc1 denomination amount",
          "cc1 lcu code",
          "cc1 lcu fee",
          "cc1 lcu fx rate",
          "cc1 fx margin",
          "cc1 total cost %",
          "cc2 lcu amount",
          "cc2 denomination amount",
          "cc2 lcu code",
          "cc2 lcu fee",
          "cc2 lcu fx rate",
          "cc2 fx margin",
          "cc2 total cost %",
          "inter lcu bank fx",
          "transparent",
          "note1",
          "note2",
          "coverage",
          "pick-up method",
          "date",
          "corridor");

  static final List<String> NEWER_HEADER =
      List.of(
          "id",
          "period",
          "source_code",
          "source_name",
          "source_region",
          "source_income",
          "source_lending",
          "source_G8G20",
          "destination_code",
          "destination_name",
          "destination_region",
          "destination_income",
          "destination_lending",
          "destination_G8G20",
          "firm",
          "firm_type",
          "payment instrument",
          "access point",
          "speed actual",
          "cc1 lcu amount",
          "cc1 denomination amount",
          "cc1 lcu code",
          "cc1 lcu fee",
          "cc1 lcu fx rate",
          "cc1 fx margin",
          "cc1 total cost %",
          "cc2 lcu amount",
          "cc2 denomination amount",
          "cc2 lcu code",
          "cc2 lcu fee",
          "cc2 lcu fx rate",
          "cc2 fx margin",
          "cc2 total cost %",
          "inter lcu bank fx",
          "transparent",
          "Standard Note",
          "note2",
          "receiving network coverage",
          "pickup location",
          "pickup method",
          "date",
          "corridor");

  private RpwFixtureWorkbook() {}

  public static Path write(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Terms of Use").createRow(0).createCell(0).setCellValue("See the Legend");
      Sheet older = book.createSheet(RpwServiceWorkbook.OLDER_SHEET);
      older.createRow(0).createCell(0).setCellValue("Remittance Prices Worldwide");
      row(older, 2, OLDER_HEADER);
      // id, period, source (code, name, region, income, lending, G8G20), destination (the same),
      // firm, type, product, sending location, speed, cc1 (lcu amount, denomination, code, fee,
      // rate, margin, total), cc2 (the same), interbank, transparent, note1, note2, coverage,
      // pick-up method, date, corridor
      row(
          older,
          3,
          "1|2015_4Q|USA|United States|..|..|..|..|PHL|Philippines|..|..|..|..|Remit Co"
              + "|Money Transfer Operator|Cash to cash|at Branch|Same day"
              + "|200|200|USD|10|50.5|1.2|6.2|500|500|USD|12|50.5|1.2|3.6"
              + "|51.1134|yes|||Nationwide|Cash|15/Nov/2015|USAPHL");
      row(
          older,
          4,
          "2|2016_1Q|USA|United States|..|..|..|..|PHL|Philippines|..|..|..|..|Remit Co"
              + "|Money Transfer Operator|Cash to cash|at Branch|Same day"
              + "|200|200|USD|8|50.5|1|5|500|500|USD|10|50.5|1|3"
              + "|51.0101|yes|||Major cities|Cash|15/Feb/2016|USAPHL");
      row(
          older,
          5,
          "3|2015_5Q|USA|United States|..|..|..|..|PHL|Philippines|..|..|..|..|Late Remit"
              + "|Money Transfer Operator|Cash to cash|at Branch|Same day"
              + "|200|200|USD|8|50.5|1|5||||||||51.0101|yes|||Nationwide|Cash|15/Feb/2016|USAPHL");
      Sheet newer = book.createSheet(RpwServiceWorkbook.NEWER_SHEET);
      row(newer, 0, NEWER_HEADER);
      // ..., payment instrument, access point, speed, cc1, cc2, interbank, transparent,
      // Standard Note, note2, receiving network coverage, pickup location, pickup method, date,
      // corridor, and an unlabeled helper column
      row(
          newer,
          1,
          "1|2016_2Q|SAU|Saudi Arabia|..|..|..|G20|IND|India|..|..|..|G20|Gulf Exchange"
              + "|Money Transfer Operator|Cash|Agent|Next day"
              + "|750|200|SAR|15|21.9|0.5|2.5|1875|500|SAR|15|21.9|0.5|1.3"
              + "|22.01|yes|||High|Agent|Cash|15/May/2016|SAUIND|2016");
      row(
          newer,
          2,
          "2|2016_2Q|SAU|Saudi Arabia|..|..|..|G20|IND|India|..|..|..|G20|Desert Remit"
              + "|Money Transfer Operator|Cash|Agent|Same day"
              + "|750|500|SAR|7.5|21.9|0.6|1.6|1875|500|SAR|7.5|21.9|0.6|1"
              + "|22.03|yes|||High|Agent|Cash|15/May/2016|SAUIND|2016");
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  private static void row(Sheet sheet, int index, String cells) {
    row(sheet, index, List.of(cells.split("\\|", -1)));
  }

  /** Cells that read as numbers become numeric cells, as in the publisher's file. */
  private static void row(Sheet sheet, int index, List<String> cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell.matches("-?\\d+(\\.\\d+)?")) {
        row.createCell(i).setCellValue(Double.parseDouble(cell));
      } else if (!cell.isEmpty()) {
        row.createCell(i).setCellValue(cell);
      }
    }
  }
}
