package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import java.util.Arrays;
import java.util.BitSet;

/** Accumulates a nullable int column. */
final class IntegerColumnBuilder implements ColumnBuilder {
  private int[] values = new int[0];
  private final BitSet nulls = new BitSet();
  private int size;

  @Override
  public void append(ColumnVector vector, int row) {
    if (size == values.length) {
      values = Arrays.copyOf(values, ColumnBuilder.grownCapacity(values.length));
    }
    if (vector.isNullAt(row)) {
      nulls.set(size);
    } else {
      values[size] = vector.getInt(row);
    }
    size++;
  }

  @Override
  public IntegerColumn build(int[] order) {
    int[] ordered = new int[order.length];
    BitSet orderedNulls = new BitSet(order.length);
    for (int row = 0; row < order.length; row++) {
      ordered[row] = values[order[row]];
      orderedNulls.set(row, nulls.get(order[row]));
    }
    return new IntegerColumn(ordered, orderedNulls);
  }
}
