package org.corridor.etl.source.unhcr;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Row;
import org.corridor.etl.source.RejectedRecord;

/**
 * A parsed UNHCR population export: its data lines as bronze rows, and lines that would not parse.
 */
public record UnhcrPopulationFile(
    String lastUpdated, List<Row> bronzeRows, List<RejectedRecord> rejected) {
  public UnhcrPopulationFile {
    requireNonNull(lastUpdated, "lastUpdated is null");
    bronzeRows = List.copyOf(bronzeRows);
    rejected = List.copyOf(rejected);
  }

  /** Rows read: every data line after the header. */
  public long rowsRead() {
    return bronzeRows.size() + rejected.size();
  }
}
