package org.corridor.etl.source.unhcr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.BronzeRow;
import org.corridor.etl.source.CsvLine;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;

/**
 * What every UNHCR Refugee Data Finder export shares: a preamble whose length varies with the query
 * and the release (14 lines for population, 15 for solutions, where UNHCR repeats one), then a
 * header line starting {@code Year,}, then one record per line with values kept as written.
 */
final class UnhcrExport {
  private static final String PUBLISHER = "United Nations High Commissioner for Refugees";
  private static final int PREAMBLE_LIMIT = 40;

  private UnhcrExport() {}

  /** Whether a file's first lines name UNHCR and hold a header column only this export has. */
  static boolean recognises(SourceFile file, String distinctiveColumn) {
    String start = file.headText();
    return start.contains(PUBLISHER) && start.contains(distinctiveColumn);
  }

  /**
   * @param headers the header spellings this export is known by, each in bronze column order
   */
  static ParsedFile read(SourceFile file, Provenance provenance, List<List<String>> headers) {
    String[] lines = file.utf8Text().split("\r?\n", -1);
    int header = headerIndex(file, lines, headers);
    int width = headers.get(0).size();
    List<Row> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    for (CsvLine.Record record : CsvLine.records(lines, header, width, rejected)) {
      // Names carry stray spaces ("Unknown "); codes and numbers are compared as written.
      rows.add(
          BronzeRow.of(
              record.fields().stream().map(String::strip).toList(), provenance, record.line()));
    }
    return new ParsedFile(rows, rejected);
  }

  private static int headerIndex(SourceFile file, String[] lines, List<List<String>> headers) {
    String expected = String.join(",", headers.get(0));
    for (int index = 0; index < Math.min(lines.length, PREAMBLE_LIMIT); index++) {
      if (lines[index].startsWith("Year,")) {
        List<String> header;
        try {
          header = CsvLine.fields(lines[index]);
        } catch (IllegalArgumentException e) {
          throw EtlErrors.malformedHeader(file.path(), expected, lines[index]);
        }
        if (!headers.contains(header)) {
          throw EtlErrors.malformedHeader(file.path(), expected, header.toString());
        }
        return index;
      }
    }
    throw EtlErrors.malformedHeader(
        file.path(),
        "a header line starting with Year, within " + PREAMBLE_LIMIT + " lines",
        "none");
  }
}
