package org.corridor.warehouse.table;

import java.util.ArrayList;
import java.util.List;

/** Fluent construction of a {@link TableSpec}, used by the per-layer table declarations. */
final class TableBuilder {
  private final String name;
  private final Layer layer;
  private String grain = "";
  private final List<Column> columns = new ArrayList<>();
  private List<String> naturalKey = List.of();
  private List<String> partitionColumns = List.of();

  private TableBuilder(String name, Layer layer) {
    this.name = name;
    this.layer = layer;
  }

  static TableBuilder table(Layer layer, String name) {
    return new TableBuilder(name, layer);
  }

  TableBuilder grain(String sentence) {
    this.grain = sentence;
    return this;
  }

  TableBuilder required(String column, ColumnType type, String description) {
    columns.add(Column.required(column, type, description));
    return this;
  }

  TableBuilder optional(String column, ColumnType type, String description) {
    columns.add(Column.optional(column, type, description));
    return this;
  }

  TableBuilder columns(List<Column> more) {
    columns.addAll(more);
    return this;
  }

  TableBuilder key(String... keyColumns) {
    this.naturalKey = List.of(keyColumns);
    return this;
  }

  TableBuilder partitionBy(String... partitions) {
    this.partitionColumns = List.of(partitions);
    return this;
  }

  TableSpec build() {
    return new TableSpec(name, layer, grain, columns, naturalKey, partitionColumns);
  }
}
