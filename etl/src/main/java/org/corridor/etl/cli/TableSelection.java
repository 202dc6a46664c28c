package org.corridor.etl.cli;

import java.util.Iterator;
import java.util.List;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.TableSpec;
import org.corridor.warehouse.table.Tables;
import picocli.CommandLine;

/**
 * Tables as users name them on the command line ({@code gold.indicator_observation}), and the
 * tables a maintenance command works on: those named, or every table that exists.
 */
final class TableSelection implements CommandLine.ITypeConverter<TableSpec>, Iterable<String> {
  @Override
  public TableSpec convert(String name) {
    return Tables.all().stream()
        .filter(t -> t.qualifiedName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new CommandLine.TypeConversionException(
                    "unknown table '" + name + "'; tables are " + String.join(", ", this)));
  }

  @Override
  public Iterator<String> iterator() {
    return Tables.all().stream().map(TableSpec::qualifiedName).iterator();
  }

  static List<TableSpec> existing(Warehouse warehouse, List<TableSpec> named) {
    return Tables.all().stream()
        .filter(t -> named.isEmpty() || named.contains(t))
        .filter(warehouse::exists)
        .toList();
  }
}
