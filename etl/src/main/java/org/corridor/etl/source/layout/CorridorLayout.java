package org.corridor.etl.source.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.BronzeRow;
import org.corridor.etl.source.CsvLine;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * The layouts Corridor defines for sources no publisher releases as a machine-readable file
 * (documented in {@code docs/layouts/<name>.md}): UTF-8 CSV, a header on the first line naming
 * exactly the layout's columns (in any order), one record per line. A layout's columns are its
 * bronze table's published columns, so the two cannot drift apart.
 */
public enum CorridorLayout {
  RECRUITMENT_COSTS("recruitment-costs", BronzeTables.RECRUITMENT_SURVEY),
  ASSISTED_RETURNS("assisted-returns", BronzeTables.AVRR_RETURN),
  MIGRATION_POLICIES("migration-policies", BronzeTables.MIGRATION_POLICY_ANSWER),
  PROGRAMME_RESULTS("programme-results", BronzeTables.PROGRAMME_RESULT);

  private final String name;
  private final List<String> columns;

  CorridorLayout(String name, TableSpec bronze) {
    this.name = name;
    this.columns = bronze.columnNames().stream().filter(c -> !c.startsWith("_")).toList();
  }

  /** The layout's name, as in {@code docs/layouts/<name>.md}. */
  public String layoutName() {
    return name;
  }

  /** The columns in bronze order, which is also the order the documentation gives them in. */
  public List<String> columns() {
    return columns;
  }

  /** Whether a file's first line names exactly this layout's columns. */
  public boolean recognises(SourceFile file) {
    String start = file.headText();
    String firstLine = start.replace("\uFEFF", "").split("\r?\n", 2)[0];
    try {
      List<String> header = CsvLine.fields(firstLine).stream().map(String::strip).toList();
      return header.size() == columns.size() && Set.copyOf(header).equals(Set.copyOf(columns));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Reads a file into bronze rows in the layout's column order.
   *
   * @throws EtlErrors.RejectedFile when the first line is not the layout's header
   */
  public ParsedFile read(SourceFile file, Provenance provenance) {
    String[] lines = file.utf8Text().split("\r?\n", -1);
    int[] positions = positions(file, lines[0]);
    List<Row> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    for (CsvLine.Record record : CsvLine.records(lines, 0, columns.size(), rejected)) {
      List<String> ordered = new ArrayList<>(columns.size());
      for (int position : positions) {
        ordered.add(record.fields().get(position).strip());
      }
      rows.add(BronzeRow.of(ordered, provenance, record.line()));
    }
    return new ParsedFile(rows, rejected);
  }

  /** For each layout column, where the file's header has it. */
  private int[] positions(SourceFile file, String headerLine) {
    List<String> header;
    try {
      header = CsvLine.fields(headerLine).stream().map(String::strip).toList();
    } catch (IllegalArgumentException e) {
      throw EtlErrors.notInLayout(file.path(), name, columns, List.of(headerLine));
    }
    List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
    List<String> unexpected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String column : header) {
      if (!columns.contains(column) || !seen.add(column)) {
        unexpected.add(column);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      throw EtlErrors.notInLayout(file.path(), name, missing, unexpected);
    }
    return columns.stream().mapToInt(header::indexOf).toArray();
  }
}
