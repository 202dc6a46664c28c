package org.corridor.api.store;

import java.util.BitSet;

/** A nullable int column: the values and a bitmap of the rows that hold none. */
public final class IntegerColumn implements StoredColumn {
  private final int[] values;
  private final BitSet nulls;

  IntegerColumn(int[] values, BitSet nulls) {
    this.values = values;
    this.nulls = nulls;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public Integer value(int row) {
    return nulls.get(row) ? null : values[row];
  }

  public boolean isNull(int row) {
    return nulls.get(row);
  }

  /** The value at a row; meaningless where {@link #isNull(int)} is true. */
  public int intValue(int row) {
    return values[row];
  }
}
