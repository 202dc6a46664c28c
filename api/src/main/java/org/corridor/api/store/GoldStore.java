package org.corridor.api.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;
import org.springframework.stereotype.Component;

/**
 * Holds the latest snapshot of each gold table. A request takes one snapshot of a table and answers
 * from it alone, so a swap to a newer version never mixes two versions.
 */
@Component
public class GoldStore {
  private final Map<TableSpec, AtomicReference<TableSnapshot>> current = new LinkedHashMap<>();

  GoldStore() {
    for (TableSpec table : GoldTables.all()) {
      current.put(table, new AtomicReference<>(TableSnapshot.empty(table)));
    }
  }

  /** The latest snapshot of a gold table; empty while the table does not exist. */
  public TableSnapshot current(TableSpec table) {
    return slot(table).get();
  }

  void replace(TableSnapshot next) {
    slot(next.table()).set(next);
  }

  private AtomicReference<TableSnapshot> slot(TableSpec table) {
    AtomicReference<TableSnapshot> slot = current.get(table);
    if (slot == null) {
      throw new IllegalArgumentException(table.qualifiedName() + " is not a gold table");
    }
    return slot;
  }
}
