package org.corridor.api.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.api.format.TableFields;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.StoredColumn;
import org.corridor.warehouse.table.Column;

/**
 * The fields of an observation in JSON and CSV, derived from the columns of {@code
 * gold.indicator_observation}: each column's name in camelCase, in the table's column order.
 */
final class ObservationFields {
  /** Named once at the top of the answer, carried by {@code period}, or lineage. */
  private static final Set<String> OMITTED = Set.of("indicator", "year");

  /** ARCHITECTURE.md fixes this name in the JSON shape; every other field is its column's. */
  private static final Map<String, String> RENAMED = Map.of("obs_status", "status");

  /** One field: the column it reads and its name in answers. */
  record Field(String column, String name) {}

  static final List<Field> ALL = fields();

  /** Each field's name to its position in {@link #ALL}. */
  static final Map<String, Integer> INDEX = index();

  private ObservationFields() {}

  static List<String> names() {
    return ALL.stream().map(Field::name).toList();
  }

  /** The observations at the given rows, each as field name to value, nulls included. */
  static List<Map<String, Object>> render(ObservationSnapshot snapshot, int[] rows) {
    List<StoredColumn> columns = ALL.stream().map(f -> snapshot.column(f.column())).toList();
    List<Map<String, Object>> observations = new ArrayList<>(rows.length);
    for (int row : rows) {
      observations.add(new ObservationRow(columns, row));
    }
    return observations;
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int field = 0; field < ALL.size(); field++) {
      index.put(ALL.get(field).name(), field);
    }
    return Map.copyOf(index);
  }

  private static List<Field> fields() {
    List<Field> fields = new ArrayList<>();
    for (Column column : ObservationSnapshot.TABLE.columns()) {
      String name = column.name();
      if (!OMITTED.contains(name) && !name.startsWith("_")) {
        fields.add(new Field(name, RENAMED.getOrDefault(name, TableFields.camelCase(name))));
      }
    }
    return List.copyOf(fields);
  }
}
