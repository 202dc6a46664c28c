package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import java.util.Arrays;

/** Accumulates a nullable double column, storing only the present values once built. */
final class DoubleColumnBuilder implements ColumnBuilder {
  private double[] values = new double[0];
  private long[] nulls = new long[0];
  private int size;
  private int nullCount;

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
      nulls = PresentRows.markGrowing(nulls, size);
      nullCount++;
    } else {
      values[size] = vector.getDouble(row);
    }
    size++;
  }

  @Override
  public DoubleColumn build(int[] order) {
    DoubleColumn column = nullCount == 0 ? dense(order) : sparse(order);
    values = null;
    nulls = null;
    return column;
  }

  private DoubleColumn dense(int[] order) {
    double[] ordered = new double[order.length];
    for (int row = 0; row < order.length; row++) {
      ordered[row] = values[order[row]];
    }
    return DoubleColumn.dense(ordered);
  }

  private DoubleColumn sparse(int[] order) {
    double[] ordered = new double[order.length - nullCount];
    long[] bitmap = PresentRows.bitmap(order.length);
    int next = 0;
    for (int row = 0; row < order.length; row++) {
      if (!PresentRows.isMarked(nulls, order[row])) {
        PresentRows.mark(bitmap, row);
        ordered[next++] = values[order[row]];
      }
    }
    return DoubleColumn.sparse(order.length, ordered, PresentRows.of(bitmap));
  }
}
