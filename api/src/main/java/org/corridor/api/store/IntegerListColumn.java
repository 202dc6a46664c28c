package org.corridor.api.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of integer lists, e.g. the years an activity record mentions: every row's elements one
 * after another, and per row the offset of its first element. A null list is held as an empty one,
 * as the silver tables write none.
 */
public final class IntegerListColumn implements StoredColumn {
  private final int[] offsets;
  private final int[] elements;

  IntegerListColumn(int[] offsets, int[] elements) {
    this.offsets = offsets;
    this.elements = elements;
  }

  @Override
  public int size() {
    return offsets.length - 1;
  }

  @Override
  public long sizeInBytes() {
    return HeapSize.OBJECT + HeapSize.ofInts(offsets.length) + HeapSize.ofInts(elements.length);
  }

  @Override
  public List<Integer> value(int row) {
    List<Integer> values = new ArrayList<>(length(row));
    for (int element = offsets[row]; element < offsets[row + 1]; element++) {
      values.add(elements[element]);
    }
    return List.copyOf(values);
  }

  /** Number of elements in the row's list. */
  public int length(int row) {
    return offsets[row + 1] - offsets[row];
  }

  /** Whether the row's list holds the value. */
  public boolean contains(int row, int value) {
    for (int element = offsets[row]; element < offsets[row + 1]; element++) {
      if (elements[element] == value) {
        return true;
      }
    }
    return false;
  }

  /** The largest element of the row's list; meaningless where its {@link #length} is 0. */
  public int max(int row) {
    int max = Integer.MIN_VALUE;
    for (int element = offsets[row]; element < offsets[row + 1]; element++) {
      max = Math.max(max, elements[element]);
    }
    return max;
  }
}
