package org.corridor.etl.gold.progress;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Open SDG progress measure (Statistics Canada, after Eurostat): the observed compound annual
 * growth rate from the baseline to the latest value, compared with the rate needed to reach the
 * target on time or, without a target, with fixed rates.
 *
 * <p>Direction: growth is read in the desired direction, {@code d = +1} for an indicator that
 * should rise and {@code -1} for one that should fall (10.c.1, remittance costs). With a target,
 * {@code R = d * CAGR_observed / |CAGR_required|}. Where the target lies in the desired direction
 * from the baseline this is the published {@code CAGR_observed / CAGR_required} (for 10.c.1 both
 * rates are negative, and a cost falling 4% a year where 6% is needed scores 0.67). The sign and
 * the absolute value matter where the baseline is already past the target and the latest value has
 * fallen back behind it: a cost that rose from 2.5% to 3.5% against a 3% target has two positive
 * rates whose plain quotient would read as progress; here R is negative, deterioration. Without a
 * target the category is read from {@code d * CAGR_observed}, so a falling cost counts as progress.
 *
 * <p>Edges: a latest value at or beyond the target is {@link ProgressCategory#TARGET_ACHIEVED}
 * whatever its growth; a baseline already at the target that the latest value has fallen behind is
 * {@link ProgressCategory#DETERIORATION}, with no ratio where none is defined (a required rate of
 * zero, or a zero baseline under a zero target); any other undefined growth rate gives {@link
 * ProgressCategory#NOT_ASSESSABLE}. Open SDG's scaling of thresholds near natural limits is not
 * applied: the catalogue records no such limits.
 */
public final class OpenSdgAssessment {
  static final double ON_TRACK_RATIO = 0.95;
  static final double ACCELERATION_RATIO = 0.60;
  static final double ON_TRACK_GROWTH = 0.015;
  static final double ACCELERATION_GROWTH = 0.005;
  static final String TARGET_THRESHOLDS =
      "R = d * observed CAGR / |CAGR required to reach the target by the target year| (d = +1 to"
          + " rise, -1 to fall): target achieved when the latest value has reached it; R >= 0.95 on"
          + " track; 0.60 <= R < 0.95 acceleration needed; 0 <= R < 0.60 limited progress; R < 0"
          + " deterioration";
  static final String GROWTH_THRESHOLDS =
      "g = d * observed CAGR (d = +1 to rise, -1 to fall), no target: g >= 1.5% on track;"
          + " 0.5% <= g < 1.5% acceleration needed; 0 <= g < 0.5% limited progress; g < 0"
          + " deterioration";

  private OpenSdgAssessment() {}

  /** The assessment, or nothing when the series has no two values from 2015 on. */
  public static Optional<Assessment> assess(ProgressRule rule, ProgressSeries series) {
    return series
        .sinceBaseline()
        .map(
            trend ->
                rule.target().isPresent() ? towardsTarget(rule, trend) : byGrowth(rule, trend));
  }

  private static Assessment towardsTarget(ProgressRule rule, Trend trend) {
    double target = rule.target().getAsDouble();
    OptionalDouble observed = trend.growthRate();
    if (rule.reached(trend.latest().value())) {
      return assessment(trend, target, observed, null, null, ProgressCategory.TARGET_ACHIEVED);
    }
    OptionalDouble required =
        CompoundGrowth.rate(trend.baseline(), new Point(rule.targetYear(), target));
    Double requiredRate = boxed(required);
    if (observed.isPresent() && required.isPresent() && required.getAsDouble() != 0) {
      double ratio = rule.desiredSign() * observed.getAsDouble() / Math.abs(requiredRate);
      return assessment(trend, target, observed, requiredRate, ratio, forRatio(ratio));
    }
    boolean baselineAtTarget = rule.reached(trend.baseline().value());
    return assessment(
        trend,
        target,
        observed,
        requiredRate,
        null,
        baselineAtTarget ? ProgressCategory.DETERIORATION : ProgressCategory.NOT_ASSESSABLE);
  }

  private static Assessment byGrowth(ProgressRule rule, Trend trend) {
    OptionalDouble observed = trend.growthRate();
    ProgressCategory category =
        observed.isEmpty()
            ? ProgressCategory.NOT_ASSESSABLE
            : forGrowth(rule.desiredSign() * observed.getAsDouble());
    return new Assessment(
        AssessmentMethod.OPEN_SDG,
        trend,
        null,
        boxed(observed),
        null,
        null,
        null,
        null,
        category,
        GROWTH_THRESHOLDS);
  }

  private static Assessment assessment(
      Trend trend,
      double target,
      OptionalDouble observed,
      Double required,
      Double ratio,
      ProgressCategory category) {
    return new Assessment(
        AssessmentMethod.OPEN_SDG,
        trend,
        target,
        boxed(observed),
        required,
        ratio,
        null,
        null,
        category,
        TARGET_THRESHOLDS);
  }

  /** Category of a ratio of observed to required growth. */
  static ProgressCategory forRatio(double ratio) {
    if (ratio >= ON_TRACK_RATIO) {
      return ProgressCategory.ON_TRACK;
    }
    if (ratio >= ACCELERATION_RATIO) {
      return ProgressCategory.ACCELERATION_NEEDED;
    }
    return ratio >= 0 ? ProgressCategory.LIMITED_PROGRESS : ProgressCategory.DETERIORATION;
  }

  /** Category of a growth rate in the desired direction, for an indicator without a target. */
  static ProgressCategory forGrowth(double growth) {
    if (growth >= ON_TRACK_GROWTH) {
      return ProgressCategory.ON_TRACK;
    }
    if (growth >= ACCELERATION_GROWTH) {
      return ProgressCategory.ACCELERATION_NEEDED;
    }
    return growth >= 0 ? ProgressCategory.LIMITED_PROGRESS : ProgressCategory.DETERIORATION;
  }

  static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
