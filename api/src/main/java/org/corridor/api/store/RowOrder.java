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
    int[] rows = new int[rowCount];
    for (int row = 0; row < rowCount; row++) {
      rows[row] = row;
    }
    return sorted(
        rows,
        keys.stream()
            .filter(key -> !key.isConstant())
            .map(key -> new CodeKey(key.cardinality(), key::code))
            .toList());
  }

  /**
   * The rows in ascending key order, nulls first; rows with equal keys keep their order.
   *
   * @param keys most significant first
   */
  static int[] sorted(int[] rows, List<CodeKey> keys) {
    int[] order = rows.clone();
    int[] next = new int[rows.length];
    int[] codes = new int[rows.length];
    for (int key = keys.size() - 1; key >= 0; key--) {
      countingPass(keys.get(key), order, next, codes);
      int[] sorted = next;
      next = order;
      order = sorted;
    }
    return order;
  }

  /**
   * Stable pass on one key; bucket 0 holds the nulls, bucket {@code code + 1} the others.
   *
   * @param codes room for the rows' codes, read once each: the key is a call through an interface
   */
  private static void countingPass(CodeKey key, int[] from, int[] to, int[] codes) {
    int[] starts = new int[key.cardinality() + 2];
    for (int i = 0; i < from.length; i++) {
      codes[i] = key.codeOfRow().applyAsInt(from[i]);
      starts[codes[i] + 2]++;
    }
    for (int bucket = 1; bucket < starts.length; bucket++) {
      starts[bucket] += starts[bucket - 1];
    }
    for (int i = 0; i < from.length; i++) {
      to[starts[codes[i] + 1]++] = from[i];
    }
  }
}
