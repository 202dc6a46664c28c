package org.corridor.etl.source.unhcr;

import java.util.ArrayList;
import java.util.List;
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
 * Reads UNHCR's Refugee Data Finder population export: a preamble of 14 or so lines whose length
 * varies with the query ({@code Extracted:}, {@code "Last updated:"}, the filters), then the header
 * {@code Year,"Country of origin","Country of origin (ISO)","Country of asylum",...} and one line
 * per year, origin and asylum. Values are kept as written; {@code -} marks a figure that does not
 * apply (other people in need of international protection before 2022).
 */
public final class UnhcrPopulationCsv {
  static final List<String> HEADER =
      List.of(
          "Year",
          "Country of origin",
          "Country of origin (ISO)",
          "Country of asylum",
          "Country of asylum (ISO)",
          "Refugees under UNHCR's mandate",
          "Asylum-seekers",
          "IDPs of concern to UNHCR",
          "Other people in need of international protection",
          "Stateless persons",
          "Host Community",
          "Others of concern");
  private static final String PUBLISHER = "United Nations High Commissioner for Refugees";
  private static final int PREAMBLE_LIMIT = 40;

  private UnhcrPopulationCsv() {}

  /** Whether a file is a UNHCR population export, by its first lines. */
  public static boolean recognises(SourceFile file) {
    String start = file.headText();
    return start.contains(PUBLISHER) && start.contains("Country of origin (ISO)");
  }

  public static ParsedFile read(SourceFile file, Provenance provenance) {
    String[] lines = file.utf8Text().split("\r?\n", -1);
    int header = headerIndex(file, lines);
    List<Row> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    for (int index = header + 1; index < lines.length; index++) {
      String line = lines[index];
      if (line.isBlank()) {
        continue;
      }
      long lineNumber = index + 1L;
      List<String> values;
      try {
        values = CsvLine.fields(line);
      } catch (IllegalArgumentException e) {
        rejected.add(
            new RejectedRecord(lineNumber, line, Reason.MALFORMED_RECORD, "unparseable CSV"));
        continue;
      }
      if (values.size() != HEADER.size()) {
        rejected.add(
            new RejectedRecord(
                lineNumber,
                line,
                Reason.MALFORMED_RECORD,
                values.size() + " fields, the header has " + HEADER.size()));
        continue;
      }
      // Names carry stray spaces ("Unknown "); codes and numbers are compared as written.
      rows.add(BronzeRow.of(values.stream().map(String::strip).toList(), provenance, lineNumber));
    }
    return new ParsedFile(rows, rejected);
  }

  private static int headerIndex(SourceFile file, String[] lines) {
    for (int index = 0; index < Math.min(lines.length, PREAMBLE_LIMIT); index++) {
      if (lines[index].startsWith("Year,")) {
        List<String> header;
        try {
          header = CsvLine.fields(lines[index]);
        } catch (IllegalArgumentException e) {
          throw EtlErrors.malformedHeader(file.path(), String.join(",", HEADER), lines[index]);
        }
        if (!header.equals(HEADER)) {
          throw EtlErrors.malformedHeader(file.path(), String.join(",", HEADER), header.toString());
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
