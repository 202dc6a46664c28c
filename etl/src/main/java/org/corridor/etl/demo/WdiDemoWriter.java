package org.corridor.etl.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes files in the World Bank's WDI bulk CSV layout, quirks included: a byte-order mark, the
 * four preamble lines, every field quoted, a trailing comma on every line, years 1960 onwards
 * across, and empty cells for missing values.
 */
final class WdiDemoWriter {
  static final int FIRST_COLUMN_YEAR = 1960;
  static final String LAST_UPDATED = "2025-07-01";
  private static final MathContext SIGNIFICANT_DIGITS = new MathContext(15);
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setQuoteMode(QuoteMode.ALL)
          .setTrailingDelimiter(true)
          .setRecordSeparator("\n")
          .get();

  /** One line of a WDI data file: an economy or aggregate and its values by year. */
  record Line(String name, String code, Map<Integer, Double> values) {}

  private WdiDemoWriter() {}

  static void writeSeries(
      Path file, String indicatorName, String indicatorCode, int lastYear, List<Line> lines)
      throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      writer.write('\uFEFF');
      printer.printRecord("Data Source", "World Development Indicators");
      printer.println();
      printer.printRecord("Last Updated Date", LAST_UPDATED);
      printer.println();
      List<String> header =
          new ArrayList<>(
              List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code"));
      for (int year = FIRST_COLUMN_YEAR; year <= lastYear; year++) {
        header.add(Integer.toString(year));
      }
      printer.printRecord(header);
      for (Line line : lines) {
        List<String> record =
            new ArrayList<>(List.of(line.name(), line.code(), indicatorName, indicatorCode));
        for (int year = FIRST_COLUMN_YEAR; year <= lastYear; year++) {
          Double value = line.values().get(year);
          record.add(value == null || value.isNaN() ? "" : number(value));
        }
        printer.printRecord(record);
      }
    }
  }

  /** Rows of the country metadata file: code, region, income group, notes, name. */
  static void writeCountryMetadata(Path file, List<List<String>> rows) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      writer.write('\uFEFF');
      printer.printRecord("Country Code", "Region", "IncomeGroup", "SpecialNotes", "TableName");
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }

  /** Numbers as WDI writes them: plain decimals with at most 15 significant digits. */
  static String number(double value) {
    return new BigDecimal(value).round(SIGNIFICANT_DIGITS).stripTrailingZeros().toPlainString();
  }
}
