package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridor.api.problem.ApiErrors;
import org.corridor.warehouse.table.Column;
import org.corridor.warehouse.table.TableSpec;

/**
 * Collects the logical rows of a table scan into column builders, then sorts them by indicator,
 * area and period where the table has them and by the rest of the natural key, and freezes them
 * into a {@link TableSnapshot}.
 */
final class SnapshotAssembler {
  /** Rows are served by indicator, then area, then period; the natural key breaks the ties. */
  static final List<String> LEADING_ORDER = List.of("indicator", "area", "period");

  private final TableSpec table;
  private final Map<String, ColumnBuilder> builders = new LinkedHashMap<>();
  private int rowCount;

  SnapshotAssembler(TableSpec table) {
    this.table = table;
    for (Column column : table.columns()) {
      builders.put(column.name(), ColumnBuilder.of(column));
    }
  }

  /** Appends the selected rows of a batch whose schema holds every column of the table. */
  void append(FilteredColumnarBatch batch) {
    ColumnarBatch data = batch.getData();
    List<ColumnBuilder> targets = new ArrayList<>(builders.size());
    List<ColumnVector> sources = new ArrayList<>(builders.size());
    for (Map.Entry<String, ColumnBuilder> entry : builders.entrySet()) {
      int index = data.getSchema().indexOf(entry.getKey());
      if (index < 0) {
        throw ApiErrors.missingColumn(table.qualifiedName(), entry.getKey());
      }
      targets.add(entry.getValue());
      sources.add(data.getColumnVector(index));
    }
    Optional<ColumnVector> selection = batch.getSelectionVector();
    int[] rows = new int[data.getSize()];
    int count = 0;
    for (int row = 0; row < data.getSize(); row++) {
      if (selection.isEmpty() || selected(selection.get(), row)) {
        rows[count++] = row;
      }
    }
    // Column by column, so that each loop calls one builder on one vector.
    for (int column = 0; column < targets.size(); column++) {
      targets.get(column).append(sources.get(column), rows, count);
    }
    rowCount += count;
  }

  private static boolean selected(ColumnVector selection, int row) {
    return !selection.isNullAt(row) && selection.getBoolean(row);
  }

  TableSnapshot build(long version) {
    List<String> sortKey = sortKey();
    List<TextColumnBuilder> keys = new ArrayList<>();
    for (String name : sortKey) {
      if (!(builders.get(name) instanceof TextColumnBuilder key)) {
        throw ApiErrors.unsortableColumn(table.qualifiedName(), name);
      }
      key.seal();
      keys.add(key);
    }
    int[] order = RowOrder.sortedBy(rowCount, keys);
    // Columns are laid out independently, so each core takes some of them.
    Map<String, StoredColumn> columns =
        builders.entrySet().parallelStream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().build(order)));
    return new TableSnapshot(table, version, rowCount, sortKey, columns);
  }

  private List<String> sortKey() {
    Set<String> key = new LinkedHashSet<>();
    LEADING_ORDER.stream().filter(name -> table.column(name).isPresent()).forEach(key::add);
    key.addAll(table.naturalKey());
    return List.copyOf(key);
  }
}
