package org.corridor.api.store;

import io.delta.kernel.data.ArrayValue;
import io.delta.kernel.data.ColumnVector;
import java.util.ArrayList;
import java.util.List;

/** Accumulates a column of text lists; a null list or element is dropped, as none is written. */
final class TextListColumnBuilder implements ColumnBuilder {
  private final List<List<String>> rows = new ArrayList<>();

  @Override
  public void append(ColumnVector vector, int[] selected, int count) {
    for (int index = 0; index < count; index++) {
      append(vector, selected[index]);
    }
  }

  private void append(ColumnVector vector, int row) {
    List<String> values = new ArrayList<>();
    if (!vector.isNullAt(row)) {
      ArrayValue list = vector.getArray(row);
      ColumnVector elements = list.getElements();
      for (int element = 0; element < list.getSize(); element++) {
        if (!elements.isNullAt(element)) {
          values.add(elements.getString(element));
        }
      }
    }
    rows.add(values);
  }

  @Override
  public TextListColumn build(int[] order) {
    int[] offsets = new int[order.length + 1];
    List<String> elements = new ArrayList<>();
    for (int row = 0; row < order.length; row++) {
      elements.addAll(rows.get(order[row]));
      offsets[row + 1] = elements.size();
    }
    return new TextListColumn(offsets, elements.toArray(String[]::new));
  }
}
