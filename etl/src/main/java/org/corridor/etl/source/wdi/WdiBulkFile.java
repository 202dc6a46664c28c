package org.corridor.etl.source.wdi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Row;
import org.corridor.etl.source.RejectedRecord;

/**
 * A parsed WDI bulk CSV: its series, the non-empty cells as bronze rows, and the lines that could
 * not be parsed.
 *
 * @param dataLines country and aggregate lines read after the header
 */
public record WdiBulkFile(
    WdiSeries series,
    String lastUpdated,
    long dataLines,
    List<Row> bronzeRows,
    List<RejectedRecord> rejected) {

  public WdiBulkFile {
    requireNonNull(series, "series is null");
    requireNonNull(lastUpdated, "lastUpdated is null");
    bronzeRows = List.copyOf(bronzeRows);
    rejected = List.copyOf(rejected);
  }

  /** Rows read: every non-empty cell plus every line that could not be split into cells. */
  public long rowsRead() {
    return bronzeRows.size() + rejected.size();
  }
}
