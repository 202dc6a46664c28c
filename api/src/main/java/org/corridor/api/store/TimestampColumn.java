package org.corridor.api.store;

import java.time.Instant;
import java.util.BitSet;

/** A nullable timestamp column, held as Delta holds it: microseconds since the epoch, UTC. */
public final class TimestampColumn implements StoredColumn {
  private static final long MICROS_PER_SECOND = 1_000_000;

  private final long[] micros;
  private final BitSet nulls;

  TimestampColumn(long[] micros, BitSet nulls) {
    this.micros = micros;
    this.nulls = nulls;
  }

  @Override
  public int size() {
    return micros.length;
  }

  @Override
  public Instant value(int row) {
    if (nulls.get(row)) {
      return null;
    }
    long value = micros[row];
    return Instant.ofEpochSecond(
        Math.floorDiv(value, MICROS_PER_SECOND), Math.floorMod(value, MICROS_PER_SECOND) * 1000);
  }

  @Override
  public long sizeInBytes() {
    return HeapSize.OBJECT + HeapSize.ofLongs(micros.length) + HeapSize.of(nulls);
  }
}
