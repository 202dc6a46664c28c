package org.corridor.etl.silver;

import java.util.Collection;
import org.corridor.etl.delta.Scope;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Refugees and asylum-seekers by origin, asylum and year, from UNHCR population exports. An export
 * is complete for the years it covers, so it replaces those years' rows and leaves other years
 * alone.
 */
public final class RefugeePopulationSilver {
  public static final TableSpec TABLE = SilverTables.REFUGEE_POPULATION;

  private RefugeePopulationSilver() {}

  public static Scope scope(Collection<Integer> years) {
    return Scope.in("year", years);
  }
}
