package org.corridor.etl.gold.progress;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corridor.warehouse.catalogue.Direction;
import org.junit.jupiter.api.Test;

class ProgressSeriesTest {

  @Test
  void twoValuesForOneYearAreRejected() {
    assertThatThrownBy(() -> ProgressSeries.of(List.of(new Point(2016, 1), new Point(2016, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "two values for year 2016 in one series; the observations hold duplicate"
                + " undisaggregated rows");
  }

  @Test
  void indicatorWithoutDirectionHasNoRule() {
    assertThatThrownBy(() -> ProgressRule.withoutTarget("GCM21.RETURNS", Direction.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "indicator GCM21.RETURNS has no desired direction, so its progress cannot be assessed");
  }
}
