package org.corridor.api.store;

/**
 * A fixed-size array of integers between a minimum and a maximum, each held as its offset from the
 * minimum in just the bits that range needs, packed back to back into longs. A range of one value
 * needs no bits, so a constant column costs nothing per row.
 */
final class PackedInts {
  private final long minimum;
  private final int width;
  private final long mask;
  private final int size;
  private final long[] words;

  PackedInts(int size, long minimum, long maximum) {
    if (maximum < minimum) {
      throw new IllegalArgumentException("maximum " + maximum + " below minimum " + minimum);
    }
    this.size = size;
    this.minimum = minimum;
    this.width = 64 - Long.numberOfLeadingZeros(maximum - minimum);
    this.mask = width == 64 ? -1L : (1L << width) - 1;
    // One spare word lets get() always read the word after a value's first one.
    this.words = new long[Math.toIntExact((((long) size * width) >>> 6) + 2)];
  }

  int size() {
    return size;
  }

  /** Bits each value takes. */
  int width() {
    return width;
  }

  /** Sets a value once, while the array is being filled; values start at the minimum. */
  void set(int index, long value) {
    long offset = value - minimum;
    long bit = (long) index * width;
    int word = (int) (bit >>> 6);
    int shift = (int) bit & 63;
    words[word] |= offset << shift;
    if (shift + width > 64) {
      words[word + 1] |= offset >>> (64 - shift);
    }
  }

  long get(int index) {
    long bit = (long) index * width;
    int word = (int) (bit >>> 6);
    int shift = (int) bit & 63;
    // The next word is shifted in two steps because a shift by 64 would leave it whole.
    long bits = (words[word] >>> shift) | ((words[word + 1] << 1) << (63 - shift));
    return minimum + (bits & mask);
  }

  long sizeInBytes() {
    return HeapSize.OBJECT + HeapSize.ofLongs(words.length);
  }
}
