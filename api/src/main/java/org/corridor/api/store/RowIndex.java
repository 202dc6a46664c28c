package org.corridor.api.store;

/** An index over some rows of a snapshot, built on first use and kept with the snapshot. */
interface RowIndex {
  /** Heap bytes the index retains. */
  long sizeInBytes();
}
