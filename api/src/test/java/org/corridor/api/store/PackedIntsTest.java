package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedIntsTest {

  @Test
  void aRangeOfOneValueTakesNoBits() {
    PackedInts packed = new PackedInts(1000, 7, 7);
    for (int index = 0; index < 1000; index++) {
      packed.set(index, 7);
    }

    assertThat(packed.width()).isZero();
    assertThat(packed.get(999)).isEqualTo(7);
    // The object and two spare words, whatever the number of values.
    assertThat(packed.sizeInBytes()).isEqualTo(32 + 16 + 2 * 8);
  }

  @Test
  void widthIsTheBitsOfTheRangeAboveTheMinimum() {
    assertThat(new PackedInts(10, -1, 0).width()).isEqualTo(1);
    assertThat(new PackedInts(10, -1, 255).width()).isEqualTo(9);
    assertThat(new PackedInts(10, 1990, 2024).width()).isEqualTo(6);
    assertThat(new PackedInts(10, Integer.MIN_VALUE - 1L, Integer.MAX_VALUE).width()).isEqualTo(33);
  }

  @Test
  void valuesSpanningTwoWordsReadBackWhole() {
    Random random = new Random(5);
    for (int width : new int[] {1, 3, 7, 9, 17, 31, 33}) {
      long minimum = -1000;
      long maximum = minimum + (1L << width) - 1;
      long[] expected = new long[777];
      PackedInts packed = new PackedInts(expected.length, minimum, maximum);
      for (int index = 0; index < expected.length; index++) {
        expected[index] = minimum + (random.nextLong() & ((1L << width) - 1));
        packed.set(index, expected[index]);
      }

      assertThat(packed.width()).isEqualTo(width);
      for (int index = 0; index < expected.length; index++) {
        assertThat(packed.get(index))
            .as("width %d index %d", width, index)
            .isEqualTo(expected[index]);
      }
    }
  }
}
