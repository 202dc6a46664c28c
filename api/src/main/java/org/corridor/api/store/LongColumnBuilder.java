package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Accumulates a nullable column of longs: a LONG column, or a TIMESTAMP one, which the kernel hands
 * over as microseconds since the epoch.
 */
final class LongColumnBuilder implements ColumnBuilder {
  private final boolean timestamps;
  private long[] values = new long[0];
  private final BitSet nulls = new BitSet();
  private int size;

  private LongColumnBuilder(boolean timestamps) {
    this.timestamps = timestamps;
  }

  static LongColumnBuilder longs() {
    return new LongColumnBuilder(false);
  }

  static LongColumnBuilder timestamps() {
    return new LongColumnBuilder(true);
  }

  @Override
  public void append(ColumnVector vector, int[] rows, int count) {
    for (int index = 0; index < count; index++) {
      append(vector, rows[index]);
    }
  }

  private void append(ColumnVector vector, int row) {
    if (size == values.length) {
      values = Arrays.copyOf(values, ColumnBuilder.grownCapacity(values.length));
    }
    if (vector.isNullAt(row)) {
      nulls.set(size);
    } else {
      values[size] = vector.getLong(row);
    }
    size++;
  }

  @Override
  public StoredColumn build(int[] order) {
    long[] ordered = new long[order.length];
    BitSet orderedNulls = new BitSet(order.length);
    for (int row = 0; row < order.length; row++) {
      ordered[row] = values[order[row]];
      orderedNulls.set(row, nulls.get(order[row]));
    }
    return timestamps
        ? new TimestampColumn(ordered, orderedNulls)
        : new LongColumn(ordered, orderedNulls);
  }
}
