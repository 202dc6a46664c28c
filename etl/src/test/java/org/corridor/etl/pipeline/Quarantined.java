package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.SilverTables;

/** The quarantine as the pipeline tests read it: each bad row's reasons, by its row in its file. */
final class Quarantined {
  private Quarantined() {}

  /** Reasons by source row of the quarantined rows {@code which} picks out. */
  static Map<Long, String> reasonsByRow(Warehouse warehouse, Column which) {
    return warehouse.read(SilverTables.QUARANTINE).where(which).collectAsList().stream()
        .collect(
            Collectors.toMap(r -> r.<Long>getAs("_source_row"), r -> r.<String>getAs("reasons")));
  }

  /** Reasons by source row of one source format's quarantined rows. */
  static Map<Long, String> reasonsByRow(Warehouse warehouse, String source) {
    return reasonsByRow(warehouse, col("source").equalTo(source));
  }
}
