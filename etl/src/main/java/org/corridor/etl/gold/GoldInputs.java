package org.corridor.etl.gold;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * What a gold job reads: silver tables (an absent one reads as empty, so a warehouse without, say,
 * refugee data still builds every other indicator), the area memberships and populations every
 * aggregate's coverage rests on, and the run the observations belong to.
 */
public record GoldInputs(Warehouse warehouse, String runId) {
  public GoldInputs {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(runId, "runId is null");
  }

  public Dataset<Row> read(TableSpec spec) {
    return warehouse.read(spec);
  }

  public Dataset<Row> memberships() {
    return warehouse.read(SilverTables.AREA_MEMBERSHIP);
  }

  public Dataset<Row> population() {
    return warehouse.read(SilverTables.POPULATION);
  }
}
