package org.corridor.etl.source.rpw;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * Reads the World Bank DataBank export of Remittance Prices Worldwide (Corridors): a byte-order
 * mark, the header {@code Sending Countries Name,Sending Countries Code,Series Name,Series
 * Code,Receiving Countries Name,Receiving Countries Code,2011Q1 [YR2011Q1],...} (DataBank writes a
 * double space in some names and not in others, so runs of spaces in the header are read as one),
 * one line per sending country, series and receiving country with quarters across, then a footer:
 * blank lines (commas only), {@code Data from database: ...} and {@code Last Updated: ...}.
 *
 * <p>{@code ..} is DataBank's missing value. Like an empty WDI cell it is not a row: a missing cell
 * is neither read nor quarantined, so a file's rows read are its non-missing quarter cells (plus
 * any line that does not even split into fields). A file without the {@code Last Updated:} footer
 * line was cut short and is rejected whole.
 */
public final class RpwCorridorCsv {
  static final List<String> FIXED_COLUMNS =
      List.of(
          "Sending Countries Name",
          "Sending Countries Code",
          "Series Name",
          "Series Code",
          "Receiving Countries Name",
          "Receiving Countries Code");
  static final String MISSING = "..";
  private static final Pattern QUARTER_HEADER =
      Pattern.compile("^(\\d{4})Q([1-4]) \\[YR\\1Q\\2\\]$");
  private static final String FOOTER_SOURCE = "Data from database:";
  private static final String FOOTER_UPDATED = "Last Updated:";

  private RpwCorridorCsv() {}

  /** Whether a file is an RPW DataBank export, by its header line. */
  public static boolean recognises(SourceFile file) {
    String start = file.headText();
    String firstLine = start.replace("\uFEFF", "").split("\r?\n", 2)[0];
    return spacesCollapsed(firstLine).startsWith(String.join(",", FIXED_COLUMNS) + ",");
  }

  public static ParsedFile read(SourceFile file, Provenance provenance) {
    String[] lines = file.utf8Text().split("\r?\n", -1);
    List<String> header = header(file, lines[0]);
    List<Row> cells = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    boolean inFooter = false;
    boolean lastUpdated = false;
    for (int index = 1; index < lines.length; index++) {
      String line = lines[index];
      long lineNumber = index + 1L;
      if (line.isEmpty()) {
        continue;
      }
      List<String> fields;
      try {
        fields = CsvLine.fields(line);
      } catch (IllegalArgumentException e) {
        rejected.add(
            new RejectedRecord(lineNumber, line, Reason.MALFORMED_RECORD, "unparseable CSV"));
        continue;
      }
      if (fields.stream().allMatch(String::isBlank)) {
        inFooter = true;
      } else if (inFooter && isFooterNote(fields)) {
        lastUpdated |= fields.get(0).startsWith(FOOTER_UPDATED);
      } else if (inFooter) {
        rejected.add(
            new RejectedRecord(
                lineNumber, line, Reason.MALFORMED_RECORD, "a data line inside the footer"));
      } else if (fields.size() != header.size()) {
        rejected.add(
            new RejectedRecord(
                lineNumber,
                line,
                Reason.MALFORMED_RECORD,
                fields.size() + " fields, the header has " + header.size()));
      } else {
        addCells(header, fields, provenance, lineNumber, cells);
      }
    }
    if (!lastUpdated) {
      throw EtlErrors.truncated(
          file.path(), "no \"" + FOOTER_UPDATED + "\" line after the data, as DataBank writes");
    }
    return new ParsedFile(cells, rejected);
  }

  private static void addCells(
      List<String> header,
      List<String> fields,
      Provenance provenance,
      long lineNumber,
      List<Row> cells) {
    for (int q = FIXED_COLUMNS.size(); q < header.size(); q++) {
      String value = fields.get(q).strip();
      if (value.isEmpty() || value.equals(MISSING)) {
        continue;
      }
      cells.add(
          BronzeRow.of(
              List.of(
                  fields.get(1).strip(),
                  fields.get(0).strip(),
                  fields.get(2).strip(),
                  fields.get(3).strip(),
                  fields.get(5).strip(),
                  fields.get(4).strip(),
                  header.get(q),
                  value),
              provenance,
              lineNumber));
    }
  }

  private static boolean isFooterNote(List<String> fields) {
    String first = fields.get(0);
    return (first.startsWith(FOOTER_SOURCE) || first.startsWith(FOOTER_UPDATED))
        && fields.subList(1, fields.size()).stream().allMatch(String::isBlank);
  }

  private static List<String> header(SourceFile file, String line) {
    String expected = String.join(",", FIXED_COLUMNS) + ",<quarters such as 2011Q1 [YR2011Q1]>";
    List<String> header;
    try {
      header = CsvLine.fields(line);
    } catch (IllegalArgumentException e) {
      throw EtlErrors.malformedHeader(file.path(), expected, line);
    }
    List<String> fixed =
        header.subList(0, Math.min(header.size(), FIXED_COLUMNS.size())).stream()
            .map(RpwCorridorCsv::spacesCollapsed)
            .toList();
    if (header.size() <= FIXED_COLUMNS.size() || !fixed.equals(FIXED_COLUMNS)) {
      throw EtlErrors.malformedHeader(file.path(), expected, header.toString());
    }
    for (String quarter : header.subList(FIXED_COLUMNS.size(), header.size())) {
      if (!QUARTER_HEADER.matcher(quarter).matches()) {
        throw EtlErrors.malformedHeader(file.path(), expected, "a column \"" + quarter + "\"");
      }
    }
    return header;
  }

  private static String spacesCollapsed(String text) {
    return text.replaceAll(" {2,}", " ");
  }
}
