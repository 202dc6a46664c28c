package org.corridor.api.store;

import java.util.List;

/**
 * Sorts rows by several dictionary-encoded keys at once. A least-significant-key-first radix sort:
 * one stable counting pass per key, linear in the rows, where a comparison sort of millions of rows
 * would box every row number.
 */
final class RowOrder {
  private RowOrder() {}

  /**
   * The appended row numbers in ascending key order, nulls first.
   *
   * @param keys sealed columns, most significant first
   */
  static int[] sortedBy(int rowCount, List<TextColumnBuilder> keys) {
    int[] order = new int[rowCount];
    for (int row = 0; row < rowCount; row++) {
      order[row] = row;
    }
    int[] next = new int[rowCount];
    for (int key = keys.size() - 1; key >= 0; key--) {
      if (keys.get(key).isConstant()) {
        continue;
      }
      countingPass(keys.get(key), order, next);
      int[] sorted = next;
      next = order;
      order = sorted;
    }
    return order;
  }

  /** Stable pass on one key; bucket 0 holds the nulls, bucket {@code code + 1} the others. */
  private static void countingPass(TextColumnBuilder key, int[] from, int[] to) {
    int[] starts = new int[key.cardinality() + 2];
    for (int row : from) {
      starts[key.code(row) + 2]++;
    }
    for (int bucket = 1; bucket < starts.length; bucket++) {
      starts[bucket] += starts[bucket - 1];
    }
    for (int row : from) {
      to[starts[key.code(row) + 1]++] = row;
    }
  }
}
