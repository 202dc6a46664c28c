package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import java.util.Arrays;
import java.util.BitSet;

/** Accumulates a nullable double column. */
final class DoubleColumnBuilder implements ColumnBuilder {
  private double[] values = new double[0];
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
      values[size] = vector.getDouble(row);
    }
    size++;
  }

  @Override
  public DoubleColumn build(int[] order) {
    double[] ordered = new double[order.length];
    BitSet orderedNulls = new BitSet(order.length);
    for (int row = 0; row < order.length; row++) {
      ordered[row] = values[order[row]];
      orderedNulls.set(row, nulls.get(order[row]));
    }
    return new DoubleColumn(ordered, orderedNulls);
  }
}
