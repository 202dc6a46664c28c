package org.corridor.etl.source;

import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A file as its reader parsed it: one bronze row per record, and the records that would not even
 * split into fields. Every record read is in exactly one of the two lists.
 */
public record ParsedFile(List<Row> bronzeRows, List<RejectedRecord> rejected) {
  public ParsedFile {
    bronzeRows = List.copyOf(bronzeRows);
    rejected = List.copyOf(rejected);
  }

  public long rowsRead() {
    return bronzeRows.size() + rejected.size();
  }
}
