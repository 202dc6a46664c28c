package org.corridor.warehouse.table;

import static java.util.Objects.requireNonNull;

/** One column of a table: name, logical type, nullability and what it holds. */
public record Column(String name, ColumnType type, Nullability nullability, String description) {

  /** Whether a column may hold nulls. */
  public enum Nullability {
    REQUIRED,
    OPTIONAL
  }

  public Column {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(nullability, "nullability is null");
    requireNonNull(description, "description is null");
    if (!name.matches("_?[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("column name must be snake_case: " + name);
    }
  }

  public static Column required(String name, ColumnType type, String description) {
    return new Column(name, type, Nullability.REQUIRED, description);
  }

  public static Column optional(String name, ColumnType type, String description) {
    return new Column(name, type, Nullability.OPTIONAL, description);
  }

  public boolean nullable() {
    return nullability == Nullability.OPTIONAL;
  }
}
