package org.corridor.api.store;

import java.util.BitSet;

/**
 * Heap bytes of arrays and small objects on a 64-bit JVM with compressed references (any heap below
 * 32 GB): 12-byte object headers, 16-byte array headers, every object a multiple of 8.
 */
final class HeapSize {
  /** A small object of a few fields, e.g. a column holding its arrays. */
  static final long OBJECT = 32;

  private HeapSize() {}

  static long ofLongs(int length) {
    return array(length, Long.BYTES);
  }

  static long ofDoubles(int length) {
    return array(length, Double.BYTES);
  }

  static long ofInts(int length) {
    return array(length, Integer.BYTES);
  }

  /** An array of references, not counting the objects referred to. */
  static long ofReferences(int length) {
    return array(length, Integer.BYTES);
  }

  /** A string and its bytes: one per character if all are Latin-1 (compact strings), else two. */
  static long of(String value) {
    boolean latin1 = value.chars().allMatch(c -> c <= 0xFF);
    return aligned(12 + 4 + 1 + 1 + 4) + array(value.length(), latin1 ? 1 : 2);
  }

  /** A bitmap and its words. */
  static long of(BitSet bits) {
    return OBJECT + ofLongs(bits.size() / Long.SIZE);
  }

  private static long array(int length, int elementBytes) {
    return aligned(16 + (long) length * elementBytes);
  }

  private static long aligned(long bytes) {
    return (bytes + 7) & ~7L;
  }
}
