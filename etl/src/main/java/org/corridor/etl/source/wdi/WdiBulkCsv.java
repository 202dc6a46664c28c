package org.corridor.etl.source.wdi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.CsvLine;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;

/**
 * Reads the World Bank's WDI bulk CSV ({@code API_<series>_DS2_en_csv_v2_<n>.csv}): a byte-order
 * mark, four preamble lines ({@code "Data Source"}, blank, {@code "Last Updated Date"}, blank), the
 * header {@code Country Name,Country Code,Indicator Name,Indicator Code,1960,...}, then one line
 * per economy or aggregate with years across, a trailing comma on every line, and empty cells for
 * missing values. Every quirk of the format is handled here and nowhere else.
 */
public final class WdiBulkCsv {
  static final List<String> FIXED_COLUMNS =
      List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code");
  private static final int HEADER_LINE = 5;

  private WdiBulkCsv() {}

  /** Whether a file looks like a WDI bulk data file (not its metadata companions). */
  public static boolean recognises(SourceFile file) {
    String name = file.name().toLowerCase(Locale.ROOT);
    return name.startsWith("api_") && name.endsWith(".csv");
  }

  public static WdiBulkFile read(SourceFile file, Provenance provenance) {
    String[] lines = file.utf8Text().split("\r?\n", -1);
    if (lines.length < HEADER_LINE) {
      throw EtlErrors.malformedHeader(
          file.path(), "4 preamble lines and a header", lines.length + " lines");
    }
    String lastUpdated = preambleValue(file, lines[2], "Last Updated Date");
    preambleValue(file, lines[0], "Data Source");
    List<String> header = structuralLine(file, lines[HEADER_LINE - 1], "the header line");
    if (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
      header = header.subList(0, header.size() - 1);
    }
    List<String> years = years(file, header);

    List<Row> cells = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    String seriesCode = null;
    int width = header.size();
    List<CsvLine.Record> records =
        CsvLine.records(
            lines, HEADER_LINE - 1, width, fields -> withoutTrailingComma(fields, width), rejected);
    for (CsvLine.Record record : records) {
      List<String> values = record.fields();
      if (seriesCode == null) {
        seriesCode = values.get(3);
      }
      for (int y = 0; y < years.size(); y++) {
        String value = values.get(FIXED_COLUMNS.size() + y).trim();
        // Empty is WDI's missing value; ".." is the same publisher's missing value in DataBank.
        if (value.isEmpty() || value.equals("..")) {
          continue;
        }
        cells.add(
            RowFactory.create(
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                years.get(y),
                value,
                provenance.file(),
                provenance.checksum(),
                record.line(),
                provenance.runId(),
                provenance.ingestedAt()));
      }
    }
    String code = seriesCode != null ? seriesCode : seriesFromName(file);
    WdiSeries series =
        WdiSeries.byCode(code)
            .orElseThrow(() -> EtlErrors.unsupportedSeries(file.path(), code, WdiSeries.codes()));
    long dataLines = records.size() + rejected.size();
    return new WdiBulkFile(series, lastUpdated, dataLines, cells, rejected);
  }

  private static String preambleValue(SourceFile file, String line, String label) {
    List<String> fields = structuralLine(file, line, "a \"" + label + "\" preamble line");
    if (fields.size() < 2 || !fields.get(0).equals(label)) {
      throw EtlErrors.malformedHeader(file.path(), "a \"" + label + "\" preamble line", line);
    }
    return fields.get(1);
  }

  private static List<String> years(SourceFile file, List<String> header) {
    if (header.size() <= FIXED_COLUMNS.size()
        || !header.subList(0, FIXED_COLUMNS.size()).equals(FIXED_COLUMNS)) {
      throw EtlErrors.malformedHeader(
          file.path(), "header " + String.join(",", FIXED_COLUMNS) + ",<years>", header.toString());
    }
    List<String> years = header.subList(FIXED_COLUMNS.size(), header.size());
    for (String year : years) {
      if (!year.matches("\\d{4}")) {
        throw EtlErrors.malformedHeader(file.path(), "year columns such as 1960", year);
      }
    }
    return years;
  }

  private static String seriesFromName(SourceFile file) {
    String[] parts = file.name().split("_");
    return parts.length > 1 ? parts[1] : file.name();
  }

  /** A preamble or header line: if it is not even CSV, the file is not a WDI file. */
  private static List<String> structuralLine(SourceFile file, String line, String expected) {
    try {
      return CsvLine.fields(line);
    } catch (IllegalArgumentException e) {
      throw EtlErrors.malformedHeader(file.path(), expected, line);
    }
  }

  /** WDI ends every line with a comma, which reads as one empty field more than the header has. */
  private static List<String> withoutTrailingComma(List<String> fields, int expected) {
    return fields.size() == expected + 1 && fields.get(expected).isEmpty()
        ? fields.subList(0, expected)
        : fields;
  }
}
