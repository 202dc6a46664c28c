package org.corridor.api.store;

/** One column of an in-memory snapshot, held as primitive arrays in the snapshot's row order. */
public sealed interface StoredColumn
    permits TextColumn,
        IntegerColumn,
        LongColumn,
        DoubleColumn,
        TimestampColumn,
        TextListColumn,
        IntegerListColumn {

  /** Number of rows. */
  int size();

  /**
   * The value at a row as a {@link String}, {@link Integer}, {@link Long}, {@link Double}, {@link
   * java.time.Instant} or an immutable {@link java.util.List} of strings or integers; null if none.
   */
  Object value(int row);

  /** Heap bytes the column retains, counted from its arrays and dictionary. */
  long sizeInBytes();
}
