package org.corridor.etl.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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

  /** A data line split into fields, with its 1-based line number in the file. */
  public record Record(long line, List<String> fields) {}

  /**
   * The non-blank lines after {@code header} split into fields. A line that does not split, or
   * splits into other than {@code width} fields, goes to {@code rejected} as a malformed record.
   *
   * @param header index of the header line in {@code lines}
   */
  public static List<Record> records(
      String[] lines, int header, int width, List<RejectedRecord> rejected) {
    return records(lines, header, width, UnaryOperator.identity(), rejected);
  }

  /**
   * As {@link #records(String[], int, int, List)}, with each line's fields passed through {@code
   * normalise} (a publisher's quirk, such as a trailing comma) before their count is checked.
   */
  public static List<Record> records(
      String[] lines,
      int header,
      int width,
      UnaryOperator<List<String>> normalise,
      List<RejectedRecord> rejected) {
    List<Record> records = new ArrayList<>();
    for (int index = header + 1; index < lines.length; index++) {
      String line = lines[index];
      if (line.isBlank()) {
        continue;
      }
      long lineNumber = index + 1L;
      List<String> values;
      try {
        values = normalise.apply(fields(line));
      } catch (IllegalArgumentException e) {
        rejected.add(
            new RejectedRecord(lineNumber, line, Reason.MALFORMED_RECORD, "unparseable CSV"));
        continue;
      }
      if (values.size() != width) {
        rejected.add(
            new RejectedRecord(
                lineNumber,
                line,
                Reason.MALFORMED_RECORD,
                values.size() + " fields, the header has " + width));
        continue;
      }
      records.add(new Record(lineNumber, values));
    }
    return records;
  }

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
