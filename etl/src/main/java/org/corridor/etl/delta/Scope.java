package org.corridor.etl.delta;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;

/**
 * The part of a table one write is responsible for, as {@code column IN (values)} conditions: a
 * write deletes rows inside its scope that the new data no longer has, and leaves rows outside it
 * alone (e.g. loading remittances paid must not withdraw remittances received).
 */
public record Scope(Map<String, List<Object>> conditions) {

  public Scope {
    Map<String, List<Object>> copy = new LinkedHashMap<>();
    conditions.forEach((column, values) -> copy.put(column, List.copyOf(values)));
    conditions = java.util.Collections.unmodifiableMap(copy);
  }

  /** The whole table. */
  public static Scope wholeTable() {
    return new Scope(Map.of());
  }

  public static Scope where(String column, Object value) {
    return new Scope(Map.of(column, List.of(value)));
  }

  public static Scope in(String column, Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a scope on " + column + " needs at least one value");
    }
    return new Scope(Map.of(column, List.copyOf(values)));
  }

  /** Both scopes at once: the rows that meet this scope's conditions and {@code other}'s. */
  public Scope and(Scope other) {
    Map<String, List<Object>> both = new LinkedHashMap<>(conditions);
    other.conditions.forEach(
        (column, values) -> {
          if (both.containsKey(column)) {
            throw new IllegalArgumentException("both scopes constrain " + column);
          }
          both.put(column, values);
        });
    return new Scope(both);
  }

  public boolean isWholeTable() {
    return conditions.isEmpty();
  }

  /** The predicate on a table alias ({@code null} for unqualified names). */
  Column on(String alias) {
    String prefix = alias == null ? "" : alias + ".";
    return conditions.entrySet().stream()
        .map(e -> col(prefix + e.getKey()).isin(e.getValue().toArray()))
        .reduce(Column::and)
        .orElse(lit(true));
  }

  /** The predicate as SQL text, for Delta's {@code replaceWhere}. */
  String sql() {
    return conditions.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + " IN ("
                    + e.getValue().stream().map(Scope::literal).collect(Collectors.joining(", "))
                    + ")")
        .reduce((a, b) -> a + " AND " + b)
        .orElse("true");
  }

  private static String literal(Object value) {
    return value instanceof String text ? "'" + text.replace("'", "''") + "'" : value.toString();
  }
}
