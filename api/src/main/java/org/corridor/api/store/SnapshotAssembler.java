package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * area and period where the table has them and by the rest of the natural key (its text columns
 * first, then its integer ones), and freezes them into a {@link TableSnapshot}.
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
    List<String> textNames = new ArrayList<>();
    List<String> integerNames = new ArrayList<>();
    List<TextColumnBuilder> textKeys = new ArrayList<>();
    List<IntegerColumnBuilder> integerKeys = new ArrayList<>();
    for (String name : sortKey()) {
      ColumnBuilder builder = builders.get(name);
      if (builder instanceof TextColumnBuilder key) {
        key.seal();
        textNames.add(name);
        textKeys.add(key);
      } else if (builder instanceof IntegerColumnBuilder key) {
        integerNames.add(name);
        integerKeys.add(key);
      } else {
        throw ApiErrors.unsortableColumn(table.qualifiedName(), name);
      }
    }
    int[] order = RowOrder.sortedBy(rowCount, textKeys);
    if (!integerKeys.isEmpty()) {
      sortRunsByIntegers(order, textKeys, integerKeys);
    }
    // Columns are laid out independently, so each core takes some of them.
    Map<String, StoredColumn> columns =
        builders.entrySet().parallelStream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().build(order)));
    List<String> sortKey = new ArrayList<>(textNames);
    sortKey.addAll(integerNames);
    return new TableSnapshot(table, version, rowCount, sortKey, columns);
  }

  /**
   * Orders each run of rows with equal text keys by the integer keys (nulls first), so that a key
   * such as (source, rcp, activity_column, sequence) sorts by its texts, then by the sequence. The
   * radix sort takes dictionary codes only; the tables whose key holds integers are small, and a
   * comparison sort within runs costs them little.
   */
  private static void sortRunsByIntegers(
      int[] order, List<TextColumnBuilder> textKeys, List<IntegerColumnBuilder> integerKeys) {
    Comparator<Integer> byIntegers = (left, right) -> 0;
    for (IntegerColumnBuilder key : integerKeys) {
      byIntegers =
          byIntegers
              .thenComparing(row -> !key.isNull(row))
              .thenComparingInt(row -> key.isNull(row) ? 0 : key.value(row));
    }
    int start = 0;
    for (int end = 1; end <= order.length; end++) {
      if (end == order.length || !sameText(textKeys, order[start], order[end])) {
        Integer[] run = new Integer[end - start];
        for (int row = start; row < end; row++) {
          run[row - start] = order[row];
        }
        Arrays.sort(run, byIntegers);
        for (int row = start; row < end; row++) {
          order[row] = run[row - start];
        }
        start = end;
      }
    }
  }

  private static boolean sameText(List<TextColumnBuilder> keys, int left, int right) {
    for (TextColumnBuilder key : keys) {
      if (key.code(left) != key.code(right)) {
        return false;
      }
    }
    return true;
  }

  private List<String> sortKey() {
    Set<String> key = new LinkedHashSet<>();
    LEADING_ORDER.stream().filter(name -> table.column(name).isPresent()).forEach(key::add);
    key.addAll(table.naturalKey());
    return List.copyOf(key);
  }
}
