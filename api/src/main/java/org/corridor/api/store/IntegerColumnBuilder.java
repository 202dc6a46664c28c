package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import java.util.Arrays;

/** Accumulates a nullable int column and packs it by the range of its values once built. */
final class IntegerColumnBuilder implements ColumnBuilder {
  private int[] values = new int[0];
  private long[] nulls = new long[0];
  private int size;
  private long minimum = Long.MAX_VALUE;
  private long maximum = Long.MIN_VALUE;

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
    } else {
      int value = vector.getInt(row);
      values[size] = value;
      minimum = Math.min(minimum, value);
      maximum = Math.max(maximum, value);
    }
    size++;
  }

  /** Whether the row appended at this position holds no value; readable until built. */
  boolean isNull(int row) {
    return PresentRows.isMarked(nulls, row);
  }

  /** The value appended at this position, where not null; readable until built. */
  int value(int row) {
    return values[row];
  }

  @Override
  public IntegerColumn build(int[] order) {
    boolean anyValue = minimum <= maximum;
    long nullValue = anyValue ? minimum - 1 : 0;
    boolean anyNull = Arrays.stream(nulls).anyMatch(word -> word != 0);
    PackedInts packed =
        new PackedInts(
            order.length,
            anyNull || !anyValue ? nullValue : minimum,
            anyValue ? maximum : nullValue);
    for (int row = 0; row < order.length; row++) {
      packed.set(row, PresentRows.isMarked(nulls, order[row]) ? nullValue : values[order[row]]);
    }
    values = null;
    nulls = null;
    return new IntegerColumn(packed, nullValue);
  }
}
