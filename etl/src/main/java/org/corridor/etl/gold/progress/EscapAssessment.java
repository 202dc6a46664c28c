package org.corridor.etl.gold.progress;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * UN ESCAP's two measures (Asia and the Pacific SDG Progress Report): the current status index, how
 * much of the way from the 2015 baseline to the target has been covered, {@code (x_now - x_2015) /
 * (x_target - x_2015)}; and anticipated progress, whether the target will be reached by the target
 * year if the observed compound growth continues, from the projected value {@code x_now (1 +
 * CAGR)^(t_target - t_now)}.
 *
 * <p>ESCAP assesses only indicators for which a quantitative target can be set (its selection
 * criterion), so an indicator without a target gets no ESCAP assessment. ESCAP itself projects with
 * a time-weighted regression over all years; the compound growth rate used here is the one this
 * warehouse's design prescribes, so a projection can differ from ESCAP's published one.
 *
 * <p>Category: ESCAP's numeric thresholds for the anticipated progress index were not found in its
 * published methodology notes, so the category follows the reports' three outcomes (target will be
 * met, progress must accelerate, the trend must be reversed) by comparing the projected value with
 * the target. The anticipated progress {@code A = (x_projected - x_2015) / (x_target - x_2015)},
 * kept as the assessment's ratio: A >= 1 on track, 0 <= A < 1 acceleration needed, A < 0
 * deterioration. Because both differences are taken towards the target, the desired direction is
 * built in: for 10.c.1 a falling cost makes both negative and A positive.
 *
 * <p>Edges: a latest value at or beyond the target is {@link ProgressCategory#TARGET_ACHIEVED}; a
 * baseline already at or past the target that the latest value has fallen behind is {@link
 * ProgressCategory#DETERIORATION}, with no index (its denominator is zero or points the wrong way);
 * a growth rate that is undefined (a zero baseline) leaves no projection and gives {@link
 * ProgressCategory#NOT_ASSESSABLE}. A latest value from the target year or later is its own
 * projection.
 */
public final class EscapAssessment {
  static final String THRESHOLDS =
      "A = (projected value - baseline) / (target - baseline), projection x_now (1 + CAGR)^(target"
          + " year - t_now): target achieved when the latest value has reached it; A >= 1 on track"
          + " (target will be met); 0 <= A < 1 acceleration needed; A < 0 deterioration (reverse"
          + " the trend). Current status index = (x_now - baseline) / (target - baseline)";

  private EscapAssessment() {}

  /** The assessment, or nothing for an indicator without a target or a series without a trend. */
  public static Optional<Assessment> assess(ProgressRule rule, ProgressSeries series) {
    if (rule.target().isEmpty()) {
      return Optional.empty();
    }
    return series.sinceBaseline().map(trend -> assess(rule, trend));
  }

  private static Assessment assess(ProgressRule rule, Trend trend) {
    double target = rule.target().getAsDouble();
    double baseline = trend.baseline().value();
    double latest = trend.latest().value();
    OptionalDouble growth = trend.growthRate();
    Double projected = projection(rule, trend, growth);
    boolean targetAhead = rule.desiredSign() * (target - baseline) > 0;
    Double currentStatus = targetAhead ? (latest - baseline) / (target - baseline) : null;
    Double anticipated =
        targetAhead && projected != null ? (projected - baseline) / (target - baseline) : null;
    ProgressCategory category;
    if (rule.reached(latest)) {
      category = ProgressCategory.TARGET_ACHIEVED;
    } else if (!targetAhead) {
      category = ProgressCategory.DETERIORATION;
    } else if (anticipated == null) {
      category = ProgressCategory.NOT_ASSESSABLE;
    } else {
      category = forAnticipatedProgress(anticipated);
    }
    return new Assessment(
        AssessmentMethod.ESCAP,
        trend,
        target,
        OpenSdgAssessment.boxed(growth),
        null,
        anticipated,
        currentStatus,
        projected,
        category,
        THRESHOLDS);
  }

  private static Double projection(ProgressRule rule, Trend trend, OptionalDouble growth) {
    if (growth.isEmpty()) {
      return null;
    }
    int years = Math.max(0, rule.targetYear() - trend.latest().year());
    return trend.latest().value() * Math.pow(1 + growth.getAsDouble(), years);
  }

  /** Category of the anticipated share of the required change. */
  static ProgressCategory forAnticipatedProgress(double anticipated) {
    if (anticipated >= 1) {
      return ProgressCategory.ON_TRACK;
    }
    return anticipated >= 0 ? ProgressCategory.ACCELERATION_NEEDED : ProgressCategory.DETERIORATION;
  }
}
