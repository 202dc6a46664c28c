package org.corridor.api.store;

/**
 * A nullable double column. A column without nulls holds one double per row; one with nulls, such
 * as the numerators that only aggregate rows carry, holds only the present values and a bitmap of
 * the rows that have them.
 */
public final class DoubleColumn implements StoredColumn {
  private final int size;
  private final double[] values;
  private final PresentRows present;

  private DoubleColumn(int size, double[] values, PresentRows present) {
    this.size = size;
    this.values = values;
    this.present = present;
  }

  /** A column whose every row holds the value of the same index. */
  static DoubleColumn dense(double[] values) {
    return new DoubleColumn(values.length, values, null);
  }

  /** A column whose present rows hold the values in row order; the others are null. */
  static DoubleColumn sparse(int size, double[] values, PresentRows present) {
    if (values.length != present.presentCount()) {
      throw new IllegalArgumentException(
          values.length + " values for " + present.presentCount() + " present rows");
    }
    return new DoubleColumn(size, values, present);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Double value(int row) {
    return isNull(row) ? null : doubleValue(row);
  }

  public boolean isNull(int row) {
    return present != null && !present.isPresent(row);
  }

  /** The value at a row; NaN where {@link #isNull(int)} is true. */
  public double doubleValue(int row) {
    if (present == null) {
      return values[row];
    }
    return present.isPresent(row) ? values[present.rank(row)] : Double.NaN;
  }

  @Override
  public long sizeInBytes() {
    return HeapSize.OBJECT
        + HeapSize.ofDoubles(values.length)
        + (present == null ? 0 : present.sizeInBytes());
  }
}
