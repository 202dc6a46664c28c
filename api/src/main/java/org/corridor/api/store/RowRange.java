package org.corridor.api.store;

/** A contiguous range of snapshot rows, {@code start} inclusive, {@code end} exclusive. */
public record RowRange(int start, int end) {
  public RowRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid row range [" + start + ", " + end + ")");
    }
  }

  public int size() {
    return end - start;
  }
}
