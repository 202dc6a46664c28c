package org.corridor.api.store;

import java.util.Arrays;
import java.util.List;

/**
 * A column of text lists, e.g. the ISO3 codes an activity record mentions: every row's elements one
 * after another, and per row the offset of its first element. A null list is held as an empty one,
 * as the silver tables write none.
 */
public final class TextListColumn implements StoredColumn {
  private final int[] offsets;
  private final String[] elements;

  TextListColumn(int[] offsets, String[] elements) {
    this.offsets = offsets;
    this.elements = elements;
  }

  @Override
  public int size() {
    return offsets.length - 1;
  }

  @Override
  public List<String> value(int row) {
    return List.of(Arrays.copyOfRange(elements, offsets[row], offsets[row + 1]));
  }

  @Override
  public long sizeInBytes() {
    long bytes = HeapSize.OBJECT + HeapSize.ofInts(offsets.length);
    bytes += HeapSize.ofReferences(elements.length);
    for (String element : elements) {
      bytes += HeapSize.of(element);
    }
    return bytes;
  }

  /** Whether the row's list holds the value. */
  public boolean contains(int row, String value) {
    for (int element = offsets[row]; element < offsets[row + 1]; element++) {
      if (elements[element].equals(value)) {
        return true;
      }
    }
    return false;
  }
}
