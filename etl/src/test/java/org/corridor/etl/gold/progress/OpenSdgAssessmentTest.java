package org.corridor.etl.gold.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corridor.warehouse.catalogue.Direction;
import org.junit.jupiter.api.Test;

/**
 * The Open SDG measure on short series. 10.c.1 falls towards 3% by 2030; 17.3.2 should rise and
 * 10.7.4 fall, neither with a target. Expected growth rates are written as the formula with the
 * series' numbers, and their approximate values in the comments.
 */
class OpenSdgAssessmentTest {
  private static final ProgressRule COST =
      ProgressRule.towards("10.c.1", Direction.DECREASE, 3, 2030);
  private static final ProgressRule REMITTANCES =
      ProgressRule.withoutTarget("17.3.2", Direction.INCREASE);
  private static final ProgressRule REFUGEES =
      ProgressRule.withoutTarget("10.7.4", Direction.DECREASE);

  @Test
  void ratioThresholdsIncludeTheirLowerEdge() {
    assertThat(OpenSdgAssessment.forRatio(0.95)).isEqualTo(ProgressCategory.ON_TRACK);
    assertThat(OpenSdgAssessment.forRatio(Math.nextDown(0.95)))
        .isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(OpenSdgAssessment.forRatio(0.60)).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(OpenSdgAssessment.forRatio(Math.nextDown(0.60)))
        .isEqualTo(ProgressCategory.LIMITED_PROGRESS);
    assertThat(OpenSdgAssessment.forRatio(0.0)).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
    assertThat(OpenSdgAssessment.forRatio(-Double.MIN_VALUE))
        .isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void growthThresholdsWithoutTargetIncludeTheirLowerEdge() {
    assertThat(OpenSdgAssessment.forGrowth(0.015)).isEqualTo(ProgressCategory.ON_TRACK);
    assertThat(OpenSdgAssessment.forGrowth(Math.nextDown(0.015)))
        .isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(OpenSdgAssessment.forGrowth(0.005)).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(OpenSdgAssessment.forGrowth(Math.nextDown(0.005)))
        .isEqualTo(ProgressCategory.LIMITED_PROGRESS);
    assertThat(OpenSdgAssessment.forGrowth(0.0)).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
    assertThat(OpenSdgAssessment.forGrowth(-Double.MIN_VALUE))
        .isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void fallingCostIsComparedWithTheFallNeededToReachTheTarget() {
    // 7.5 -> 6.0 over 2015-2020: about -4.36% a year; 7.5 -> 3 over 2015-2030 needs about -5.93%.
    Assessment cost =
        assess(COST, new Point(2015, 7.5), new Point(2018, 7.0), new Point(2020, 6.0));
    double observed = Math.pow(6.0 / 7.5, 1 / 5.0) - 1;
    double required = Math.pow(3.0 / 7.5, 1 / 15.0) - 1;
    assertThat(cost.observedGrowthRate()).isCloseTo(observed, within(1e-12));
    assertThat(cost.observedGrowthRate()).isCloseTo(-0.04365, within(1e-5));
    assertThat(cost.requiredGrowthRate()).isCloseTo(required, within(1e-12));
    assertThat(cost.ratio()).isCloseTo(observed / required, within(1e-12));
    assertThat(cost.ratio()).isCloseTo(0.7366, within(1e-4));
    assertThat(cost.category()).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(cost.targetValue()).isEqualTo(3.0);
    assertThat(cost.trend()).isEqualTo(new Trend(new Point(2015, 7.5), new Point(2020, 6.0)));
    assertThat(cost.method()).isEqualTo(AssessmentMethod.OPEN_SDG);
    assertThat(cost.thresholds()).contains("R >= 0.95 on track");
  }

  @Test
  void costFallingFasterThanNeededIsOnTrack() {
    // 8 -> 4 over 2015-2019: about -15.9% a year against about -6.3% needed: R about 2.5.
    Assessment cost = assess(COST, new Point(2015, 8), new Point(2019, 4));
    assertThat(cost.ratio())
        .isCloseTo((Math.pow(0.5, 1 / 4.0) - 1) / (Math.pow(3 / 8.0, 1 / 15.0) - 1), within(1e-12));
    assertThat(cost.category()).isEqualTo(ProgressCategory.ON_TRACK);
  }

  @Test
  void risingCostIsDeterioration() {
    Assessment cost = assess(COST, new Point(2015, 7), new Point(2020, 8));
    assertThat(cost.ratio()).isNegative();
    assertThat(cost.category()).isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void latestValueAtTheTargetIsTargetAchieved() {
    Assessment cost = assess(COST, new Point(2015, 7), new Point(2020, 3));
    assertThat(cost.category()).isEqualTo(ProgressCategory.TARGET_ACHIEVED);
    assertThat(cost.ratio()).isNull();
    assertThat(cost.observedGrowthRate()).isCloseTo(Math.pow(3 / 7.0, 1 / 5.0) - 1, within(1e-12));
  }

  @Test
  void costThatRoseFromBelowTheTargetToAboveItIsDeteriorationThoughBothRatesArePositive() {
    // 2.5 -> 3.5: +6.96% a year; 2.5 -> 3 "needs" +1.22% a year; the plain quotient would be +5.7.
    Assessment cost = assess(COST, new Point(2015, 2.5), new Point(2020, 3.5));
    double observed = Math.pow(3.5 / 2.5, 1 / 5.0) - 1;
    double required = Math.pow(3 / 2.5, 1 / 15.0) - 1;
    assertThat(cost.ratio()).isCloseTo(-observed / required, within(1e-12));
    assertThat(cost.category()).isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void costThatLeftATargetItStartedOnIsDeteriorationWithoutRatio() {
    Assessment cost = assess(COST, new Point(2015, 3), new Point(2020, 3.3));
    assertThat(cost.requiredGrowthRate()).isZero();
    assertThat(cost.ratio()).isNull();
    assertThat(cost.category()).isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void deathsRisingFromZeroUnderAZeroTargetAreDeterioration() {
    ProgressRule deaths = ProgressRule.towards("10.7.3", Direction.DECREASE, 0, 2030);
    Assessment rising = assess(deaths, new Point(2015, 0), new Point(2020, 5));
    assertThat(rising.observedGrowthRate()).isNull();
    assertThat(rising.category()).isEqualTo(ProgressCategory.DETERIORATION);
    Assessment none = assess(deaths, new Point(2015, 0), new Point(2020, 0));
    assertThat(none.category()).isEqualTo(ProgressCategory.TARGET_ACHIEVED);
  }

  @Test
  void zeroBaselineBelowTheTargetIsNotAssessable() {
    ProgressRule share = ProgressRule.towards("X", Direction.INCREASE, 50, 2030);
    Assessment assessment = assess(share, new Point(2015, 0), new Point(2020, 10));
    assertThat(assessment.category()).isEqualTo(ProgressCategory.NOT_ASSESSABLE);
    assertThat(assessment.observedGrowthRate()).isNull();
    assertThat(assessment.requiredGrowthRate()).isNull();
  }

  @Test
  void withoutTargetRisingIndicatorIsJudgedOnItsGrowthRate() {
    // 2.0 -> 2.2 over five years: +1.92% a year; -> 2.1: +0.98%; -> 2.05: +0.495%, just under 0.5%.
    Assessment fast = assess(REMITTANCES, new Point(2015, 2.0), new Point(2020, 2.2));
    assertThat(fast.observedGrowthRate()).isCloseTo(Math.pow(1.1, 0.2) - 1, within(1e-12));
    assertThat(fast.category()).isEqualTo(ProgressCategory.ON_TRACK);
    assertThat(fast.targetValue()).isNull();
    assertThat(fast.ratio()).isNull();
    assertThat(fast.thresholds()).contains("g >= 1.5% on track");
    assertThat(assess(REMITTANCES, new Point(2015, 2.0), new Point(2020, 2.1)).category())
        .isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    assertThat(assess(REMITTANCES, new Point(2015, 2.0), new Point(2020, 2.05)).category())
        .isEqualTo(ProgressCategory.LIMITED_PROGRESS);
    assertThat(assess(REMITTANCES, new Point(2015, 2.0), new Point(2020, 1.9)).category())
        .isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void withoutTargetFallingIndicatorCountsAFallAsProgress() {
    // 100 -> 90 over five years: -2.09% a year, +2.09% in the desired direction.
    Assessment falling = assess(REFUGEES, new Point(2015, 100), new Point(2020, 90));
    assertThat(falling.observedGrowthRate()).isCloseTo(Math.pow(0.9, 0.2) - 1, within(1e-12));
    assertThat(falling.category()).isEqualTo(ProgressCategory.ON_TRACK);
    assertThat(assess(REFUGEES, new Point(2015, 100), new Point(2020, 110)).category())
        .isEqualTo(ProgressCategory.DETERIORATION);
  }

  @Test
  void withoutTargetZeroBaselineIsNotAssessable() {
    Assessment assessment = assess(REFUGEES, new Point(2015, 0), new Point(2020, 10));
    assertThat(assessment.category()).isEqualTo(ProgressCategory.NOT_ASSESSABLE);
    assertThat(assessment.observedGrowthRate()).isNull();
  }

  @Test
  void baselineIsTheFirstYearFrom2015AndEarlierYearsAreIgnored() {
    Assessment assessment =
        assess(REMITTANCES, new Point(2014, 1), new Point(2018, 3), new Point(2016, 2));
    assertThat(assessment.trend()).isEqualTo(new Trend(new Point(2016, 2), new Point(2018, 3)));
  }

  @Test
  void seriesWithoutTwoYearsFrom2015HasNoAssessment() {
    assertThat(
            OpenSdgAssessment.assess(
                COST, ProgressSeries.of(List.of(new Point(2010, 9), new Point(2016, 7)))))
        .isEmpty();
    assertThat(OpenSdgAssessment.assess(COST, ProgressSeries.of(List.of()))).isEmpty();
  }

  private static Assessment assess(ProgressRule rule, Point... points) {
    return OpenSdgAssessment.assess(rule, ProgressSeries.of(List.of(points))).orElseThrow();
  }
}
