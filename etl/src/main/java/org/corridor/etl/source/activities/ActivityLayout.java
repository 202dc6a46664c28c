package org.corridor.etl.source.activities;

import java.util.List;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Corridor's own layouts for activity records, in which the RCP annex and the GFMD matrix are
 * transcribed and secretariats add records: UTF-8 CSV whose header names the bronze table's columns
 * in order. The layouts are documented in {@code docs/layouts/}.
 */
public enum ActivityLayout {
  /** RCP activities: one record per RCP, activity column of the RCP annex and activity. */
  RCP(BronzeTables.RCP_ACTIVITY),
  /** GFMD activities of the matrix and practice records. */
  GFMD(BronzeTables.GFMD_ACTIVITY);

  // The first columns tell the layouts apart; the whole header is checked when the file is read.
  private static final int RECOGNISING_COLUMNS = 3;

  private final List<String> header;

  ActivityLayout(TableSpec bronze) {
    this.header = bronze.columnNames().stream().filter(name -> !name.startsWith("_")).toList();
  }

  /** The header line's column names, in order. */
  public List<String> header() {
    return header;
  }

  /** Whether a file is in this layout, by the start of its header line. */
  public boolean recognises(SourceFile file) {
    String start = file.headText();
    if (!start.isEmpty() && start.charAt(0) == '\uFEFF') {
      start = start.substring(1);
    }
    return start.startsWith(String.join(",", header.subList(0, RECOGNISING_COLUMNS)) + ",");
  }

  /**
   * Reads a file of this layout into bronze rows.
   *
   * @throws org.corridor.etl.EtlErrors.RejectedFile when the file is not UTF-8, its header is not
   *     this layout's, or it cannot be split into CSV records
   */
  public ParsedFile read(SourceFile file, Provenance provenance) {
    return new LayoutCsv(file, header).read(provenance);
  }
}
