package org.corridor.etl.source;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A bronze row: the published cells in the bronze table's column order, then the lineage columns
 * ({@code _source_file, _source_checksum, _source_row, _run_id, _ingested_at}).
 */
public final class BronzeRow {
  private BronzeRow() {}

  /** Empty cells become null, so that "missing" has one representation in bronze. */
  public static Row of(List<String> published, Provenance provenance, long sourceRow) {
    Object[] cells = new Object[published.size() + 5];
    for (int i = 0; i < published.size(); i++) {
      String value = published.get(i);
      cells[i] = value == null || value.isEmpty() ? null : value;
    }
    int lineage = published.size();
    cells[lineage] = provenance.file();
    cells[lineage + 1] = provenance.checksum();
    cells[lineage + 2] = sourceRow;
    cells[lineage + 3] = provenance.runId();
    cells[lineage + 4] = provenance.ingestedAt();
    return RowFactory.create(cells);
  }
}
