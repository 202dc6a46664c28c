package org.corridor.etl.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits one physical line of a CSV file into fields. Used by readers of formats whose records
 * never span lines, so each record keeps its exact line number and a broken line (an unclosed
 * quote, a truncated record) fails alone instead of swallowing the lines after it.
 */
public final class CsvLine {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

  private CsvLine() {}

  /**
   * @throws IllegalArgumentException if the line is not one well-formed CSV record
   */
  public static List<String> fields(String line) {
    try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IllegalArgumentException("expected one record, found " + records.size());
      }
      return records.get(0).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("unparseable CSV: " + e.getMessage(), e);
    }
  }
}
