package org.corridor.etl.source.activities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.BronzeRow;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;

/**
 * Splits a file of an activity layout into records. Texts may hold line breaks inside quotes (a
 * secretariat edits these files in a spreadsheet), so records are parsed from the whole file and
 * each is numbered by the line it starts on; a record with the wrong number of fields is rejected
 * alone, a quote left open makes the whole file unreadable.
 */
final class LayoutCsv {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private final SourceFile file;
  private final List<String> header;
  private final String text;
  private final List<Integer> lineStarts = new ArrayList<>();

  LayoutCsv(SourceFile file, List<String> header) {
    this.file = file;
    this.header = header;
    this.text = file.utf8Text();
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  ParsedFile read(Provenance provenance) {
    List<CSVRecord> records = records();
    if (records.isEmpty()) {
      throw EtlErrors.malformedHeader(file.path(), String.join(",", header), "an empty file");
    }
    if (!records.get(0).toList().equals(header)) {
      throw EtlErrors.malformedHeader(
          file.path(), String.join(",", header), String.join(",", records.get(0).toList()));
    }
    List<Row> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      long line = lineOf(start(record));
      if (record.size() != header.size()) {
        rejected.add(
            new RejectedRecord(
                line,
                raw(record, i + 1 < records.size() ? records.get(i + 1) : null),
                Reason.MALFORMED_RECORD,
                record.size() + " fields, the header has " + header.size()));
        continue;
      }
      rows.add(BronzeRow.of(record.stream().map(String::strip).toList(), provenance, line));
    }
    return new ParsedFile(rows, rejected);
  }

  private List<CSVRecord> records() {
    List<CSVRecord> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> iterator = parser.iterator();
      while (iterator.hasNext()) {
        records.add(iterator.next());
      }
    } catch (IOException | UncheckedIOException e) {
      throw EtlErrors.unparseableCsv(file.path(), rootMessage(e));
    }
    return records;
  }

  /** The 1-based line on which a character of the text stands. */
  private long lineOf(long position) {
    int low = 0;
    int high = lineStarts.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) / 2;
      if (lineStarts.get(middle) <= position) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low + 1L;
  }

  private String raw(CSVRecord record, CSVRecord next) {
    int end = next == null ? text.length() : start(next);
    return text.substring(start(record), end).strip();
  }

  // The parser counts a record from the end of the one before, blank lines it skipped included.
  private int start(CSVRecord record) {
    int position = (int) record.getCharacterPosition();
    while (position < text.length()
        && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
      position++;
    }
    return position;
  }

  private static String rootMessage(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
