package org.corridor.etl.source.knomad;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small KNOMAD matrices in the publisher's layout, written by the tests themselves: a remittance
 * workbook with one bad cell per reason, and a migrant stock CSV whose World totals add up.
 */
public final class KnomadFixtures {
  public static final String REMITTANCE_SHEET = "Bilateral_Remittances_2019";

  private KnomadFixtures() {}

  /**
   * Remittances in US$ million, 2019. Rows 3-5 hold seven good cells (Egypt to Egypt, France and
   * the United States; France to Egypt and France; the United States to Egypt and itself); the
   * others are bad, one reason each, apart from the WORLD totals. Row 11 is blank; 12 and 13 are
   * notes. A redistributor's sheets "remshare" and "countries-comparison" come along.
   */
  public static Path remittances2019(Path file) throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put(
        REMITTANCE_SHEET,
        List.of(
            row(
                "Bilateral Remittance Estimates for 2019 using Migrant Stocks, Host Country"
                    + " Incomes, and Origin Country Incomes (millions of US$) (test version)"),
            row(
                "receiving (across) / sending (down) ",
                "Egypt, Arab Rep.",
                "France",
                "United States",
                "Narnia",
                "WORLD"),
            row("Egypt, Arab Rep.", 0.0, 12.5, 1.005, null, 13.505),
            row("France", 2500.125, 0.0, "-", null, 2500.125),
            row("United States", 17.5, -4.0, 0.0, 2.0, 15.5, 7.0),
            row("Korea, Dem. Rep.", 0.001, "abc", null, null, 0.001),
            row("Atlantis", 1.0),
            row("Korea, Dem. Rep.", 0.002),
            row(null, 5.0),
            row("WORLD", 2523.628, 8.5, 1.005, 2.0, 2535.133),
            row(),
            row("Notes:"),
            row("These are analytical estimates based on logical assumptions.")));
    sheets.put("remshare", List.of(row("# Income share sent as remittance"), row(0.04)));
    sheets.put(
        "countries-comparison",
        List.of(
            row("Destination country (across)", null, "country", "iso3c"),
            row("Algeria", null, "Algeria", "ARE")));
    return workbook(file, sheets);
  }

  /**
   * Migrant stock in persons, 2017, as a CSV: Egypt, France and the United States, the residual
   * Other North and Other South rows and columns, and World totals that add up. Line 6 has an
   * unclosed quote.
   */
  public static Path migrantStock2017(Path file) throws IOException {
    String csv =
        """
        Bilateral Estimates of Migrant Stocks in 2017,,,,,,
        ,"Egypt, Arab Rep.",France,United States,Other North,Other South,World
        "Egypt, Arab Rep.",0,1200,300,5,7,1512
        France,40,0,25,,,65
        United States,10,3,0,1,2,16
        "United Kingdom,5,6,7,,,18
        Other North,100,200,300,0,0,600
        Other South,1000,20,30,0,0,1050
        World,1150,1423,655,6,9,3243
        ,,,,,,
        Notes:,,,,,,
        "World Bank staff estimates based on UN Population Division, OECD and others.",,,,,,
        """;
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  /** Writes sheets of rows (a null row or cell is left blank) as an .xlsx workbook. */
  public static Path workbook(Path file, Map<String, List<List<Object>>> sheets)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
        Sheet sheet = book.createSheet(entry.getKey());
        List<List<Object>> rows = entry.getValue();
        for (int r = 0; r < rows.size(); r++) {
          if (rows.get(r).isEmpty()) {
            continue;
          }
          Row row = sheet.createRow(r);
          for (int c = 0; c < rows.get(r).size(); c++) {
            Object value = rows.get(r).get(c);
            if (value instanceof Double number) {
              row.createCell(c).setCellValue(number);
            } else if (value instanceof String text) {
              row.createCell(c).setCellValue(text);
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  public static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
