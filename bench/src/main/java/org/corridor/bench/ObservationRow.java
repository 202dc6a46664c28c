package org.corridor.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.store.ObservationSnapshot;

/** One generated row of the observation table, filled column by column by name. */
final class ObservationRow {
  private static final List<String> COLUMNS = ObservationSnapshot.TABLE.columnNames();
  private static final Map<String, Integer> INDEX = index();

  private final Object[] values = new Object[COLUMNS.size()];

  ObservationRow with(String column, Object value) {
    Integer index = INDEX.get(column);
    if (index == null) {
      throw new IllegalArgumentException(
          ObservationSnapshot.TABLE.qualifiedName() + " has no column " + column);
    }
    values[index] = value;
    return this;
  }

  /** The values in the order of the spec's columns. */
  Object[] values() {
    return values.clone();
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      index.put(COLUMNS.get(i), i);
    }
    return Map.copyOf(index);
  }
}
