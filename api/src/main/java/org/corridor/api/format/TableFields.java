package org.corridor.api.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.store.StoredColumn;
import org.corridor.api.store.TableSnapshot;
import org.corridor.warehouse.table.Column;
import org.corridor.warehouse.table.TableSpec;

/**
 * The fields of a gold table's rows in answers: each column's name in camelCase, in the table's
 * column order, lineage columns ({@code _run_id}) left out.
 */
public final class TableFields {
  private final List<String> columns;
  private final List<String> names;

  private TableFields(List<String> columns) {
    this.columns = List.copyOf(columns);
    this.names = columns.stream().map(TableFields::camelCase).toList();
  }

  /** Every column of a table but its lineage. */
  public static TableFields of(TableSpec table) {
    return new TableFields(
        table.columns().stream().map(Column::name).filter(name -> !name.startsWith("_")).toList());
  }

  /** The given columns of a table, in that order. */
  public static TableFields of(TableSpec table, List<String> columns) {
    columns.forEach(c -> table.column(c).orElseThrow());
    return new TableFields(columns);
  }

  /** The field names, in column order. */
  public List<String> names() {
    return names;
  }

  /** The row as field name to value, nulls included; an instant is an ISO-8601 text. */
  public Map<String, Object> render(TableSnapshot snapshot, int row) {
    return render(snapshot, new int[] {row}).get(0);
  }

  /** The rows, each rendered as {@link #render(TableSnapshot, int)} does. */
  public List<Map<String, Object>> render(TableSnapshot snapshot, int[] rows) {
    List<StoredColumn> stored = columns.stream().map(snapshot::column).toList();
    List<Map<String, Object>> rendered = new ArrayList<>(rows.length);
    for (int row : rows) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int field = 0; field < stored.size(); field++) {
        Object value = stored.get(field).value(row);
        fields.put(names.get(field), value instanceof Instant instant ? instant.toString() : value);
      }
      rendered.add(fields);
    }
    return rendered;
  }

  /** The CSV record of rendered fields, in the order of {@code names}. */
  public static List<String> csvRecord(Map<String, Object> fields, List<String> names) {
    List<String> record = new ArrayList<>(names.size());
    for (String name : names) {
      record.add(csvText(fields.get(name)));
    }
    return record;
  }

  /** Doubles in plain notation: spreadsheets read 2100000000 where they may not read 2.1E9. */
  public static String csvText(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double number) {
      return number.isNaN() || number.isInfinite()
          ? number.toString()
          : BigDecimal.valueOf(number).toPlainString();
    }
    return value.toString();
  }

  public static String camelCase(String snakeCase) {
    StringBuilder name = new StringBuilder(snakeCase.length());
    boolean upper = false;
    for (char c : snakeCase.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
