package org.corridor.api.store;

import java.util.Arrays;

/**
 * A dictionary-encoded string column: one int code per row into a sorted dictionary, so comparing
 * codes compares the strings; code {@value #NULL_CODE} marks a null.
 */
public final class TextColumn implements StoredColumn {
  public static final int NULL_CODE = -1;

  private final int[] codes;
  private final String[] dictionary;

  TextColumn(int[] codes, String[] dictionary) {
    this.codes = codes;
    this.dictionary = dictionary;
  }

  @Override
  public int size() {
    return codes.length;
  }

  @Override
  public String value(int row) {
    int code = codes[row];
    return code == NULL_CODE ? null : dictionary[code];
  }

  public int code(int row) {
    return codes[row];
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
   * First row in {@code [start, end)} whose code is not below {@code code}; rows must be sorted.
   */
  int lowerBound(int start, int end, int code) {
    int low = start;
    int high = end;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (codes[middle] < code) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
