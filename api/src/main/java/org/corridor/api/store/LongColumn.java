package org.corridor.api.store;

import java.util.BitSet;

/** A nullable long column, e.g. a Delta version: the values and a bitmap of the null rows. */
public final class LongColumn implements StoredColumn {
  private final long[] values;
  private final BitSet nulls;

  LongColumn(long[] values, BitSet nulls) {
    this.values = values;
    this.nulls = nulls;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public Long value(int row) {
    return nulls.get(row) ? null : values[row];
  }

  public boolean isNull(int row) {
    return nulls.get(row);
  }

  /** The value at a row; meaningless where {@link #isNull(int)} is true. */
  public long longValue(int row) {
    return values[row];
  }

  @Override
  public long sizeInBytes() {
    return HeapSize.OBJECT + HeapSize.ofLongs(values.length) + HeapSize.of(nulls);
  }
}
