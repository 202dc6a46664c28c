package org.corridor.etl.source.mmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.BronzeRow;
import org.corridor.etl.source.CsvLine;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;

/**
 * Reads the IOM Missing Migrants Project incident download ({@code MissingMigrants-Global-<date>
 * .csv}): a header line, then one record per incident (or per part of a split incident) with the
 * values as IOM wrote them: dates like {@code Thu, 01/01/2026 - 12:00}, {@code "lat, lon"} in one
 * quoted field, several origins or URLs in one cell, blank counts, UTF-8 place names. Free-text
 * fields may hold line breaks inside quotes, so records are parsed from the whole text, not line by
 * line; each keeps the line it starts on.
 */
public final class MissingMigrantsCsv {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

  private MissingMigrantsCsv() {}

  /** Whether a file is a Missing Migrants download, by its header. */
  public static boolean recognises(SourceFile file) {
    String start = file.headText();
    String firstLine = start.replaceFirst("^\uFEFF", "").split("\r?\n", 2)[0];
    try {
      return MissingMigrantsColumns.isHeader(CsvLine.fields(firstLine));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static ParsedFile read(SourceFile file, Provenance provenance) {
    String text = file.utf8Text();
    LineStarts lineStarts = new LineStarts(text);
    List<Row> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw EtlErrors.malformedHeader(file.path(), "a Missing Migrants header", "an empty file");
      }
      MissingMigrantsColumns columns =
          MissingMigrantsColumns.of(file.path(), records.next().toList());
      while (records.hasNext()) {
        CSVRecord record = records.next();
        List<String> fields = record.toList();
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        long line = lineStarts.lineOf(record.getCharacterPosition());
        if (fields.size() != columns.width()) {
          rejected.add(
              new RejectedRecord(
                  line,
                  String.join(",", fields),
                  Reason.MALFORMED_RECORD,
                  fields.size() + " fields, the header has " + columns.width()));
          continue;
        }
        rows.add(BronzeRow.of(columns.bronzeCells(fields), provenance, line));
      }
    } catch (IOException | UncheckedIOException e) {
      throw EtlErrors.unparseableCsv(file.path(), e.getMessage());
    }
    return new ParsedFile(rows, rejected);
  }

  /** The 1-based line on which a character of the text stands. */
  private static final class LineStarts {
    private final int[] starts;

    LineStarts(String text) {
      List<Integer> found = new ArrayList<>(List.of(0));
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          found.add(i + 1);
        }
      }
      starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    long lineOf(long position) {
      int index = Arrays.binarySearch(starts, (int) position);
      return (index >= 0 ? index : -index - 2) + 1L;
    }
  }
}
