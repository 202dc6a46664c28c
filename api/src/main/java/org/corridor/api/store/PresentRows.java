package org.corridor.api.store;

import java.util.Arrays;

/**
 * The rows of a column that hold a value, as a bitmap with the count of present rows before each
 * word, so that a present row's position among the present values is found in constant time.
 */
final class PresentRows {
  private final long[] words;
  private final int[] presentBefore;
  private final int presentCount;

  private PresentRows(long[] words) {
    this.words = words;
    this.presentBefore = new int[words.length];
    int count = 0;
    for (int word = 0; word < words.length; word++) {
      presentBefore[word] = count;
      count += Long.bitCount(words[word]);
    }
    this.presentCount = count;
  }

  /** The present rows of a bitmap whose set bits mark them; the words are taken over. */
  static PresentRows of(long[] words) {
    return new PresentRows(words);
  }

  /** Words for a bitmap of {@code rowCount} rows. */
  static long[] bitmap(int rowCount) {
    return new long[(rowCount + 63) >>> 6];
  }

  static void mark(long[] bitmap, int row) {
    bitmap[row >>> 6] |= 1L << row;
  }

  /**
   * Marks a row in a bitmap grown as far as the row needs, however far past its end the row is, and
   * returns the bitmap, grown or not.
   */
  static long[] markGrowing(long[] bitmap, int row) {
    long[] words = bitmap;
    if (row >>> 6 >= words.length) {
      words =
          Arrays.copyOf(
              words, Math.max((row >>> 6) + 1, ColumnBuilder.grownCapacity(words.length)));
    }
    mark(words, row);
    return words;
  }

  /** Whether a row is marked in a bitmap, which may end before the row. */
  static boolean isMarked(long[] bitmap, int row) {
    return row >>> 6 < bitmap.length && (bitmap[row >>> 6] & (1L << row)) != 0;
  }

  boolean isPresent(int row) {
    // A long shifts by the row modulo 64, which is the bit's position in its word.
    return (words[row >>> 6] & (1L << row)) != 0;
  }

  /** Number of present rows before a row, the index of its value among the present values. */
  int rank(int row) {
    int word = row >>> 6;
    return presentBefore[word] + Long.bitCount(words[word] & ((1L << row) - 1));
  }

  int presentCount() {
    return presentCount;
  }

  long sizeInBytes() {
    return HeapSize.OBJECT + HeapSize.ofLongs(words.length) + HeapSize.ofInts(presentBefore.length);
  }
}
