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
}
