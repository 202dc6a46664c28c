package org.corridor.api.store;

import java.util.Arrays;

/**
 * The rows of one range grouped by their code in one text column, each group in row order: a filter
 * on a column of hundreds of values, such as a corridor's origin, then reads only the rows that
 * hold the values asked for instead of the whole range. A row is held as its offset in the range,
 * in the bits the range's size needs.
 */
public final class CodePostings implements RowIndex {
  private final RowRange range;

  /**
   * Where each code's rows start in {@link #offsets}: slot 0 is the nulls', slot k + 1 code k's,
   * and the last slot is where the rows end.
   */
  private final int[] starts;

  private final PackedInts offsets;

  private CodePostings(RowRange range, int[] starts, PackedInts offsets) {
    this.range = range;
    this.starts = starts;
    this.offsets = offsets;
  }

  /** Groups the rows of a range by their code in a column, in one counting pass. */
  static CodePostings of(TextColumn column, RowRange range) {
    int[] starts = new int[column.cardinality() + 2];
    for (int row = range.start(); row < range.end(); row++) {
      starts[column.code(row) + 2]++;
    }
    for (int slot = 1; slot < starts.length; slot++) {
      starts[slot] += starts[slot - 1];
    }
    PackedInts offsets = new PackedInts(range.size(), 0, Math.max(0, range.size() - 1));
    int[] next = starts.clone();
    for (int row = range.start(); row < range.end(); row++) {
      offsets.set(next[column.code(row) + 1]++, row - range.start());
    }
    return new CodePostings(range, starts, offsets);
  }

  /** How many rows hold one of the codes. */
  public int count(int[] codes) {
    int count = 0;
    for (int code : codes) {
      count += starts[code + 2] - starts[code + 1];
    }
    return count;
  }

  /**
   * The rows that hold one of the codes, in ascending order.
   *
   * @param codes distinct codes, {@link TextColumn#NULL_CODE} for the rows without a value
   */
  public int[] rows(int[] codes) {
    int[] rows = new int[count(codes)];
    int next = 0;
    for (int code : codes) {
      for (int slot = starts[code + 1]; slot < starts[code + 2]; slot++) {
        rows[next++] = range.start() + (int) offsets.get(slot);
      }
    }
    if (codes.length > 1) {
      Arrays.sort(rows);
    }
    return rows;
  }

  @Override
  public long sizeInBytes() {
    return HeapSize.OBJECT + HeapSize.ofInts(starts.length) + offsets.sizeInBytes();
  }
}
