package org.corridor.etl.pipeline;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.RejectedRecord;

/** Lines a reader could not split into fields, as rows of silver.quarantine. */
final class QuarantineRows {
  private QuarantineRows() {}

  static List<Row> of(
      SourceKind source, String targetTable, Provenance provenance, List<RejectedRecord> records) {
    return records.stream()
        .map(
            record ->
                RowFactory.create(
                    source.label(),
                    targetTable,
                    provenance.file(),
                    provenance.checksum(),
                    record.row(),
                    "",
                    record.rawRecord(),
                    record.reasonText(),
                    provenance.runId(),
                    provenance.ingestedAt()))
        .toList();
  }
}
