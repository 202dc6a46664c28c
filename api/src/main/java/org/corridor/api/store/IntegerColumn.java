package org.corridor.api.store;

/**
 * A nullable int column, packed in the bits the range of its values needs; a null is held as the
 * value one below the minimum, so nulls take no space of their own.
 */
public final class IntegerColumn implements StoredColumn {
  private final PackedInts values;
  private final long nullValue;

  IntegerColumn(PackedInts values, long nullValue) {
    this.values = values;
    this.nullValue = nullValue;
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public Integer value(int row) {
    long value = values.get(row);
    return value == nullValue ? null : (int) value;
  }

  public boolean isNull(int row) {
    return values.get(row) == nullValue;
  }

  /** The value at a row; meaningless where {@link #isNull(int)} is true. */
  public int intValue(int row) {
    return (int) values.get(row);
  }

  @Override
  public long sizeInBytes() {
    return HeapSize.OBJECT + values.sizeInBytes();
  }
}
