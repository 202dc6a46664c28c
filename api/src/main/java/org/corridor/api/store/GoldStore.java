package org.corridor.api.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;
import org.springframework.stereotype.Component;

/**
 * Holds the latest snapshot of each table the API serves: every gold table, and the silver activity
 * tables, whose records are served as they are since no gold table keeps them one by one. A request
 * takes one snapshot of a table and answers from it alone, so a swap to a newer version never mixes
 * two versions.
 */
@Component
public class GoldStore {
  /** The silver tables served alongside the gold ones. */
  static final List<TableSpec> SERVED_SILVER =
      List.of(SilverTables.RCP_ACTIVITY, SilverTables.GFMD_ACTIVITY, SilverTables.POPULATION);

  private final Map<TableSpec, AtomicReference<TableSnapshot>> current = new LinkedHashMap<>();

  GoldStore() {
    for (TableSpec table : tables()) {
      current.put(table, new AtomicReference<>(TableSnapshot.empty(table)));
    }
  }

  /** Every table served: the gold tables, then {@link #SERVED_SILVER}. */
  public static List<TableSpec> tables() {
    List<TableSpec> tables = new ArrayList<>(GoldTables.all());
    tables.addAll(SERVED_SILVER);
    return List.copyOf(tables);
  }

  /** The latest snapshot of a served table; empty while the table does not exist. */
  public TableSnapshot current(TableSpec table) {
    return slot(table).get();
  }

  void replace(TableSnapshot next) {
    slot(next.table()).set(next);
  }

  private AtomicReference<TableSnapshot> slot(TableSpec table) {
    AtomicReference<TableSnapshot> slot = current.get(table);
    if (slot == null) {
      throw new IllegalArgumentException(table.qualifiedName() + " is not a served table");
    }
    return slot;
  }
}
