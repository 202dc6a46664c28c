package org.corridor.etl.gold;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.warehouse.table.TableSpec;

/**
 * Computes the observations of one or more catalogue indicators from silver. Its write replaces
 * exactly those indicators' rows of {@code gold.indicator_observation}, so jobs never touch each
 * other's observations and a job whose inputs did not change need not run.
 */
public interface GoldIndicatorJob {

  /** Indicator codes this job writes. */
  List<String> indicators();

  /**
   * Silver tables its figures are computed from. Area memberships and population, which every
   * aggregate's coverage rests on, are inputs of every job and need not be listed unless they are
   * components of the indicator itself.
   */
  List<TableSpec> sources();

  /** The observations, projected onto {@code gold.indicator_observation}. */
  Dataset<Row> observations(GoldInputs inputs);

  default Scope scope() {
    return Scope.in("indicator", indicators());
  }
}
