package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresentRowsTest {

  @Test
  void rankCountsThePresentRowsBeforeARowAcrossWords() {
    long[] bitmap = PresentRows.bitmap(200);
    int[] present = {0, 63, 64, 65, 127, 128, 199};
    for (int row : present) {
      PresentRows.mark(bitmap, row);
    }
    PresentRows rows = PresentRows.of(bitmap);

    assertThat(rows.presentCount()).isEqualTo(7);
    for (int index = 0; index < present.length; index++) {
      assertThat(rows.isPresent(present[index])).isTrue();
      assertThat(rows.rank(present[index])).isEqualTo(index);
    }
    assertThat(rows.isPresent(1)).isFalse();
    assertThat(rows.isPresent(126)).isFalse();
    assertThat(rows.rank(100)).isEqualTo(4);
  }

  @Test
  void aBitmapGrowsAsFarAsAMarkFarPastItsEndNeeds() {
    // The first null of a column may come thousands of rows in, past any one step of growth.
    long[] bitmap = PresentRows.markGrowing(new long[0], 46 * 64 + 5);
    bitmap = PresentRows.markGrowing(bitmap, 3);

    assertThat(PresentRows.isMarked(bitmap, 46 * 64 + 5)).isTrue();
    assertThat(PresentRows.isMarked(bitmap, 3)).isTrue();
    assertThat(PresentRows.isMarked(bitmap, 46 * 64 + 4)).isFalse();
  }
}
