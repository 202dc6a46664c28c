package org.corridor.etl.source.knomad;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.BronzeRow;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;

/**
 * One matrix, fed row by row from a sheet or a CSV: title rows, then a header row of destination
 * names that ends with the World total column, then one row per origin. Every non-empty cell right
 * of column A becomes a bronze row; footnote rows carry text in column A only and so yield none.
 */
final class MatrixSheet {
  static final int HEADER_LIMIT = 10;
  private static final String TOTAL = "world";
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern OTHER_SCALE =
      Pattern.compile("\\b(thousands?|billions?)\\b", Pattern.CASE_INSENSITIVE);

  private final SourceFile file;
  private final Provenance provenance;
  private final KnomadMeasure measure;
  private final String sheet;
  private final StringJoiner title = new StringJoiner(" ");
  private final List<Row> cells = new ArrayList<>();
  private final List<RejectedRecord> rejected = new ArrayList<>();
  private List<String> header;
  private String year;

  /**
   * @param sheet the sheet's name, or empty for a CSV
   */
  MatrixSheet(SourceFile file, Provenance provenance, KnomadMeasure measure, String sheet) {
    this.file = file;
    this.provenance = provenance;
    this.measure = measure;
    this.sheet = sheet;
  }

  /** The next row, by its 1-based number; blank rows may be left out. */
  void row(int number, List<String> values) {
    if (header == null) {
      preamble(number, values);
    } else {
      origin(number, values);
    }
  }

  /** A CSV line that does not split into fields: below the header, a record lost whole. */
  void unsplittable(int number, String line) {
    if (header == null) {
      preamble(number, List.of(line));
    } else {
      rejected.add(new RejectedRecord(number, line, Reason.MALFORMED_RECORD, "unparseable CSV"));
    }
  }

  /**
   * @throws EtlErrors.RejectedFile when no header row was found
   */
  ParsedFile parsed() {
    if (header == null) {
      throw noHeader("none");
    }
    return new ParsedFile(cells, rejected);
  }

  /** The spreadsheet name of a 0-based column: A, B, ..., Z, AA, ... */
  static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  private void preamble(int number, List<String> values) {
    if (number > HEADER_LIMIT) {
      throw noHeader("none in the first " + HEADER_LIMIT + " rows");
    }
    int last = lastNonEmpty(values);
    if (last >= 2 && values.get(last).strip().equalsIgnoreCase(TOTAL)) {
      header = values.stream().map(String::strip).toList();
      year = year();
      checkMeasure();
      return;
    }
    values.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(title::add);
  }

  private void origin(int number, List<String> values) {
    String origin = values.isEmpty() ? "" : values.get(0).strip();
    for (int column = 1; column < values.size(); column++) {
      String value = values.get(column).strip();
      if (value.isEmpty()) {
        continue;
      }
      String destination = column < header.size() ? header.get(column) : "";
      cells.add(
          BronzeRow.of(
              List.of(sheet, measure.label(), year, columnName(column), origin, destination, value),
              provenance,
              number));
    }
  }

  /** The title states the year; a sheet or file name stands in where a title does not. */
  private String year() {
    for (String text : List.of(title.toString(), sheet, file.name())) {
      Matcher found = YEAR.matcher(text);
      if (found.find()) {
        return found.group();
      }
    }
    throw EtlErrors.malformedHeader(
        file.path(),
        "a year in the matrix's title, sheet name or file name"
            + " (e.g. 'Bilateral Estimates of Migrant Stocks in 2017')",
        "title '" + title + "'" + where());
  }

  private void checkMeasure() {
    Optional<KnomadMeasure> named = KnomadMeasure.namedIn(title + " " + sheet);
    if (named.isPresent() && named.get() != measure) {
      throw EtlErrors.otherMatrix(
          file.path(), measure.description(), named.get().description() + where());
    }
    Matcher scale = OTHER_SCALE.matcher(title.toString());
    if (measure == KnomadMeasure.REMITTANCES && scale.find()) {
      throw EtlErrors.otherMatrix(
          file.path(),
          measure.description(),
          "remittances in " + scale.group(1) + " by its title '" + title + "'" + where());
    }
  }

  private EtlErrors.RejectedFile noHeader(String found) {
    return EtlErrors.malformedHeader(
        file.path(),
        "a header row of country names ending with World within the first "
            + HEADER_LIMIT
            + " rows",
        found + where());
  }

  private String where() {
    return sheet.isEmpty() ? "" : " (sheet " + sheet + ")";
  }

  private static int lastNonEmpty(List<String> values) {
    for (int i = values.size() - 1; i >= 0; i--) {
      if (!values.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
