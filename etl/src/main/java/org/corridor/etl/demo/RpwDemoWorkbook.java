package org.corridor.etl.demo;

import static org.corridor.etl.demo.RpwDemoLayout.NEWER_HEADER;
import static org.corridor.etl.demo.RpwDemoLayout.OLDER_HEADER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.etl.demo.RpwDemoServices.Cells;
import org.corridor.etl.demo.RpwDemoServices.Provider;
import org.corridor.etl.demo.RpwDemoServices.Quarter;

/**
 * The RPW dataset workbook of the demo, written with POI: "Dataset (up to Q1 2016)" holds 2015 Q3
 * to 2016 Q1 under the older column names, "Dataset (from Q2 2016)" 2016 Q2 to Q4. A period that
 * does not exist (2015_5Q) and a USD 500 amount in the USD 200 block are planted.
 */
final class RpwDemoWorkbook {
  private static final Date WRITTEN = Date.from(Instant.parse("2024-12-31T00:00:00Z"));
  private static final int QUARTERS = 6;
  private static final int OLDER_QUARTERS = 3;

  private RpwDemoWorkbook() {}

  static void write(Path file, RpwDemoServices services) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet older = book.createSheet(RpwDemoLayout.OLDER_SHEET);
      SheetCells.header(older, OLDER_HEADER);
      Sheet newer = book.createSheet(RpwDemoLayout.NEWER_SHEET);
      SheetCells.header(newer, NEWER_HEADER);
      for (int q = 0; q < QUARTERS; q++) {
        Quarter quarter = Quarter.of(2015, 3, q);
        long id = 1;
        for (int c = 0; c < services.corridors().size(); c++) {
          for (Provider provider : Provider.values()) {
            if (q < OLDER_QUARTERS) {
              Cells cells = new SheetCells(older);
              if (q == 1 && c == 0 && provider == Provider.POST) {
                cells = RpwDemoLayout.replacing(cells, OLDER_HEADER, "period", "2015_5Q");
              }
              services.olderRow(cells, id++, quarter, c, provider);
            } else {
              Cells cells = new SheetCells(newer);
              if (q == 4 && c == 1 && provider == Provider.ONLINE) {
                cells =
                    RpwDemoLayout.replacing(cells, NEWER_HEADER, "cc1 denomination amount", "500");
              }
              services.newerRow(cells, id++, quarter, c, provider);
            }
          }
        }
      }
      book.getProperties().getCoreProperties().setCreated(Optional.of(WRITTEN));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      book.write(bytes);
      Files.write(file, withFixedTimes(bytes.toByteArray()));
    }
  }

  /**
   * The workbook's zip with every entry dated alike: POI dates entries with the time of writing,
   * and the demo must write the same bytes on every run.
   */
  private static byte[] withFixedTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTime(WRITTEN.getTime());
        out.putNextEntry(fixed);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
