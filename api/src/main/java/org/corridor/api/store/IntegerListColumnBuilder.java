package org.corridor.api.store;

import io.delta.kernel.data.ArrayValue;
import io.delta.kernel.data.ColumnVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Accumulates a column of integer lists; a null list or element is dropped, as none is written. */
final class IntegerListColumnBuilder implements ColumnBuilder {
  private final List<int[]> rows = new ArrayList<>();

  @Override
  public void append(ColumnVector vector, int[] selected, int count) {
    for (int index = 0; index < count; index++) {
      append(vector, selected[index]);
    }
  }

  private void append(ColumnVector vector, int row) {
    if (vector.isNullAt(row)) {
      rows.add(new int[0]);
      return;
    }
    ArrayValue list = vector.getArray(row);
    ColumnVector elements = list.getElements();
    int[] values = new int[list.getSize()];
    int size = 0;
    for (int element = 0; element < list.getSize(); element++) {
      if (!elements.isNullAt(element)) {
        values[size++] = elements.getInt(element);
      }
    }
    rows.add(Arrays.copyOf(values, size));
  }

  @Override
  public IntegerListColumn build(int[] order) {
    int[] offsets = new int[order.length + 1];
    for (int row = 0; row < order.length; row++) {
      offsets[row + 1] = offsets[row] + rows.get(order[row]).length;
    }
    int[] elements = new int[offsets[order.length]];
    for (int row = 0; row < order.length; row++) {
      int[] values = rows.get(order[row]);
      System.arraycopy(values, 0, elements, offsets[row], values.length);
    }
    return new IntegerListColumn(offsets, elements);
  }
}
