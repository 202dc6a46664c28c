package org.corridor.warehouse.table;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The declaration of one Delta table: its name, layer, grain, columns, natural key and
 * partitioning. Every column of every Corridor table is named in exactly one spec; readers and
 * writers derive their schemas from it.
 */
public record TableSpec(
    String name,
    Layer layer,
    String grain,
    List<Column> columns,
    List<String> naturalKey,
    List<String> partitionColumns) {

  public TableSpec {
    requireNonNull(name, "name is null");
    requireNonNull(layer, "layer is null");
    requireNonNull(grain, "grain is null");
    columns = List.copyOf(columns);
    naturalKey = List.copyOf(naturalKey);
    partitionColumns = List.copyOf(partitionColumns);
    Set<String> names = new HashSet<>();
    for (Column column : columns) {
      if (!names.add(column.name())) {
        throw new IllegalArgumentException(name + " declares column " + column.name() + " twice");
      }
    }
    for (String key : naturalKey) {
      if (!names.contains(key)) {
        throw new IllegalArgumentException(name + " natural key names unknown column " + key);
      }
    }
    for (String partition : partitionColumns) {
      if (!names.contains(partition)) {
        throw new IllegalArgumentException(name + " partitions by unknown column " + partition);
      }
    }
  }

  /** The table's location relative to the warehouse root, e.g. {@code silver/remittance_flow}. */
  public String relativePath() {
    return layer.folder() + "/" + name;
  }

  /** The qualified name used in messages and run summaries, e.g. {@code silver.remittance_flow}. */
  public String qualifiedName() {
    return layer.folder() + "." + name;
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /**
   * Columns that are neither part of the natural key nor lineage: the ones a revision can change.
   */
  public List<String> valueColumns() {
    return columns.stream()
        .map(Column::name)
        .filter(n -> !naturalKey.contains(n) && !n.startsWith("_"))
        .toList();
  }
}
