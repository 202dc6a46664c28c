package org.corridor.warehouse.table;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every table of the warehouse, across layers. */
public final class Tables {
  private Tables() {}

  public static List<TableSpec> all() {
    return Stream.of(BronzeTables.all(), SilverTables.all(), GoldTables.all(), AuditTables.all())
        .flatMap(List::stream)
        .toList();
  }

  /** Finds a table by qualified name, e.g. {@code silver.gdp}. */
  public static Optional<TableSpec> byQualifiedName(String qualifiedName) {
    return all().stream().filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst();
  }
}
