package org.corridor.api.store;

import java.util.List;

/**
 * A number per row of a range naming its series, the rows that share their values of the key
 * columns, packed in the bits the number of series needs. Series are numbered in the order of the
 * key columns' values, so the series of one value of the first key column have consecutive numbers.
 */
public final class SeriesIds implements RowIndex {
  private final RowRange range;
  private final PackedInts ids;
  private final int seriesCount;

  private SeriesIds(RowRange range, PackedInts ids, int seriesCount) {
    this.range = range;
    this.ids = ids;
    this.seriesCount = seriesCount;
  }

  /** Numbers the series of a range: one sort of its rows by the key columns, then one pass. */
  static SeriesIds of(List<TextColumn> key, RowRange range) {
    int[] rows = new int[range.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = range.start() + i;
    }
    int[] sorted = RowOrder.sorted(rows, key.stream().map(TextColumn::key).toList());
    int[] ids = new int[rows.length];
    int series = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || !sameSeries(key, sorted[i - 1], sorted[i])) {
        series++;
      }
      ids[sorted[i] - range.start()] = series;
    }
    PackedInts packed = new PackedInts(ids.length, 0, Math.max(0, series));
    for (int i = 0; i < ids.length; i++) {
      packed.set(i, ids[i]);
    }
    return new SeriesIds(range, packed, series + 1);
  }

  /** The series of a row of the range. */
  public int of(int row) {
    return (int) ids.get(row - range.start());
  }

  /** How many series the range holds; their numbers run from 0 to this minus 1. */
  public int seriesCount() {
    return seriesCount;
  }

  @Override
  public long sizeInBytes() {
    return HeapSize.OBJECT + ids.sizeInBytes();
  }

  private static boolean sameSeries(List<TextColumn> key, int row, int other) {
    for (TextColumn column : key) {
      if (column.code(row) != column.code(other)) {
        return false;
      }
    }
    return true;
  }
}
