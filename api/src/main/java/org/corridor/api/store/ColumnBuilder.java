package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import org.corridor.api.problem.ApiErrors;
import org.corridor.warehouse.table.Column;

/** Accumulates one column's values while a table is read, then lays them out in row order. */
sealed interface ColumnBuilder
    permits TextColumnBuilder,
        IntegerColumnBuilder,
        LongColumnBuilder,
        DoubleColumnBuilder,
        TextListColumnBuilder,
        IntegerListColumnBuilder {

  /** Appends the values at the first {@code count} of {@code rows} of a kernel vector. */
  void append(ColumnVector vector, int[] rows, int count);

  /** The finished column, its rows permuted so that row {@code i} is appended row order[i]. */
  StoredColumn build(int[] order);

  static ColumnBuilder of(Column column) {
    return switch (column.type()) {
      case STRING -> new TextColumnBuilder();
      case INTEGER -> new IntegerColumnBuilder();
      case LONG -> LongColumnBuilder.longs();
      case DOUBLE -> new DoubleColumnBuilder();
      case TIMESTAMP -> LongColumnBuilder.timestamps();
      case STRING_LIST -> new TextListColumnBuilder();
      case INTEGER_LIST -> new IntegerListColumnBuilder();
      default -> throw ApiErrors.unsupportedColumnType(column.name(), column.type());
    };
  }

  /** Capacity for one more element, growing by half so large tables do not double in memory. */
  static int grownCapacity(int length) {
    return Math.max(16, length + (length >> 1));
  }
}
