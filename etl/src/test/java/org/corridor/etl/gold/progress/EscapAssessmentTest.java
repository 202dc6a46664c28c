package org.corridor.etl.gold.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corridor.warehouse.catalogue.Direction;
import org.junit.jupiter.api.Test;

/**
 * ESCAP's current status index and anticipated progress for 10.c.1 (falling towards 3% by 2030). A
 * series whose value halves in five years keeps halving every five years in the projection, so the
 * projected 2030 values are exact fractions of the latest value.
 */
class EscapAssessmentTest {
  private static final ProgressRule COST =
      ProgressRule.towards("10.c.1", Direction.DECREASE, 3, 2030);

  @Test
  void anticipatedProgressThresholdsIncludeTheirLowerEdge() {
    assertThat(EscapAssessment.forAnticipatedProgress(1.0)).isEqualTo(ProgressCategory.ON_TRACK);
    assertThat(EscapAssessment.forAnticipatedProgress(Math.nextDown(1.0)))
        .isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(EscapAssessment.forAnticipatedProgress(0.0))
        .isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(EscapAssessment.forAnticipatedProgress(-Double.MIN_VALUE))
        .isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void costCoveringAThirdOfTheWayAndProjectedShortOfTheTargetNeedsAcceleration() {
    // 7.5 -> 6.0 (2015-2020): status (6 - 7.5) / (3 - 7.5) = 1/3; growth 0.8 per five years, so
    // 2030 = 6 x 0.8^2 = 3.84; anticipated (3.84 - 7.5) / (3 - 7.5) = 0.8133.
    Assessment cost = assess(COST, new Point(2015, 7.5), new Point(2020, 6.0));
    assertThat(cost.currentStatusIndex()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(cost.projectedValue()).isCloseTo(3.84, within(1e-12));
    assertThat(cost.ratio()).isCloseTo(3.66 / 4.5, within(1e-12));
    assertThat(cost.observedGrowthRate()).isCloseTo(Math.pow(0.8, 0.2) - 1, within(1e-12));
    assertThat(cost.requiredGrowthRate()).isNull();
    assertThat(cost.category()).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(cost.method()).isEqualTo(AssessmentMethod.ESCAP);
    assertThat(cost.thresholds()).contains("A >= 1 on track");
  }

  @Test
  void costProjectedBelowTheTargetIsOnTrack() {
    // 8 -> 4 (2015-2020): status 4 / 5 = 0.8; 2030 = 4 x 0.5^2 = 1; anticipated (1 - 8) / (3 - 8).
    Assessment cost = assess(COST, new Point(2015, 8), new Point(2020, 4));
    assertThat(cost.currentStatusIndex()).isCloseTo(0.8, within(1e-12));
    assertThat(cost.projectedValue()).isCloseTo(1.0, within(1e-12));
    assertThat(cost.ratio()).isCloseTo(1.4, within(1e-12));
    assertThat(cost.category()).isEqualTo(ProgressCategory.ON_TRACK);
  }

  @Test
  void risingCostIsDeterioration() {
    // 7 -> 8: status 1 / -4 = -0.25; 2030 = 8 x (8/7)^2, moving away from the target.
    Assessment cost = assess(COST, new Point(2015, 7), new Point(2020, 8));
    assertThat(cost.currentStatusIndex()).isCloseTo(-0.25, within(1e-12));
    assertThat(cost.projectedValue()).isCloseTo(8 * 64 / 49.0, within(1e-12));
    assertThat(cost.ratio()).isNegative();
    assertThat(cost.category()).isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void latestValueAtTheTargetIsTargetAchieved() {
    Assessment cost = assess(COST, new Point(2015, 6), new Point(2020, 3));
    assertThat(cost.currentStatusIndex()).isCloseTo(1.0, within(1e-12));
    assertThat(cost.category()).isEqualTo(ProgressCategory.TARGET_ACHIEVED);
  }

  @Test
  void costThatRoseFromBelowTheTargetToAboveItIsDeteriorationWithoutIndex() {
    Assessment cost = assess(COST, new Point(2015, 2.5), new Point(2020, 3.5));
    assertThat(cost.currentStatusIndex()).isNull();
    assertThat(cost.ratio()).isNull();
    assertThat(cost.category()).isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void zeroBaselineHasAStatusButNoProjection() {
    ProgressRule share = ProgressRule.towards("X", Direction.INCREASE, 50, 2030);
    Assessment assessment = assess(share, new Point(2015, 0), new Point(2020, 10));
    assertThat(assessment.currentStatusIndex()).isCloseTo(0.2, within(1e-12));
    assertThat(assessment.projectedValue()).isNull();
    assertThat(assessment.category()).isEqualTo(ProgressCategory.NOT_ASSESSABLE);
  }

  @Test
  void latestValueFromTheTargetYearIsItsOwnProjection() {
    Assessment cost = assess(COST, new Point(2015, 8), new Point(2030, 4));
    assertThat(cost.projectedValue()).isCloseTo(4.0, within(1e-12));
  }

  @Test
  void indicatorWithoutTargetHasNoEscapAssessment() {
    ProgressRule rule = ProgressRule.withoutTarget("17.3.2", Direction.INCREASE);
    assertThat(
            EscapAssessment.assess(
                rule, ProgressSeries.of(List.of(new Point(2015, 1), new Point(2020, 2)))))
        .isEmpty();
  }

  private static Assessment assess(ProgressRule rule, Point... points) {
    return EscapAssessment.assess(rule, ProgressSeries.of(List.of(points))).orElseThrow();
  }
}
