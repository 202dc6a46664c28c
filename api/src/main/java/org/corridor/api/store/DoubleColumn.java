package org.corridor.api.store;

import java.util.BitSet;

/** A nullable double column: the values and a bitmap of the rows that hold none. */
public final class DoubleColumn implements StoredColumn {
  private final double[] values;
  private final BitSet nulls;

  DoubleColumn(double[] values, BitSet nulls) {
    this.values = values;
    this.nulls = nulls;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public Double value(int row) {
    return nulls.get(row) ? null : values[row];
  }

  public boolean isNull(int row) {
    return nulls.get(row);
  }

  /** The value at a row; meaningless where {@link #isNull(int)} is true. */
  public double doubleValue(int row) {
    return values[row];
  }
}
