package org.corridor.api.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.IntPredicate;

/**
 * A dictionary-encoded string column: a code per row into a sorted dictionary, so comparing codes
 * compares the strings; code {@value #NULL_CODE} marks a null. Codes are packed in the bits the
 * dictionary's size needs: a column of 200 areas takes 8 bits a row, a constant column none.
 */
public final class TextColumn implements StoredColumn {
  public static final int NULL_CODE = -1;

  private final PackedInts codes;
  private final String[] dictionary;

  TextColumn(PackedInts codes, String[] dictionary) {
    this.codes = codes;
    this.dictionary = dictionary;
  }

  @Override
  public int size() {
    return codes.size();
  }

  @Override
  public String value(int row) {
    int code = code(row);
    return code == NULL_CODE ? null : dictionary[code];
  }

  public int code(int row) {
    return (int) codes.get(row);
  }

  /** The code of a value, or {@value #NULL_CODE} if no row holds it. */
  public int codeOf(String value) {
    int index = Arrays.binarySearch(dictionary, value);
    return index < 0 ? NULL_CODE : index;
  }

  /** The value a code stands for; codes run from 0 to {@link #cardinality()} - 1. */
  public String valueOf(int code) {
    return dictionary[code];
  }

  /** Number of distinct non-null values. */
  public int cardinality() {
    return dictionary.length;
  }

  /**
   * A test of whether a row holds one of the values, on dictionary codes so that a row is checked
   * without comparing strings; an empty set lets every row pass.
   */
  public IntPredicate holdsAnyOf(Collection<String> values) {
    if (values.isEmpty()) {
      return row -> true;
    }
    // Slot 0 stands for the null code, which no value matches.
    boolean[] kept = new boolean[dictionary.length + 1];
    for (String value : values) {
      int code = codeOf(value);
      if (code != NULL_CODE) {
        kept[code + 1] = true;
      }
    }
    return row -> kept[code(row) + 1];
  }

  /** This column's codes as a sort key: rows in the order of their values, nulls first. */
  CodeKey key() {
    return new CodeKey(dictionary.length, this::code);
  }

  /**
   * First row in {@code [start, end)} whose code is not below {@code code}; rows must be sorted.
   */
  int lowerBound(int start, int end, int code) {
    int low = start;
    int high = end;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (code(middle) < code) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  @Override
  public long sizeInBytes() {
    long bytes = HeapSize.OBJECT + codes.sizeInBytes() + HeapSize.ofReferences(dictionary.length);
    for (String value : dictionary) {
      bytes += HeapSize.of(value);
    }
    return bytes;
  }
}
