package org.corridor.etl.gold.progress;

import static java.util.Objects.requireNonNull;

/**
 * One method's assessment of one series. Figures a method does not define, or that are undefined
 * for the series (a growth rate from a zero baseline, say), are null.
 *
 * @param ratio Open SDG: observed over required growth rate, signed by the desired direction;
 *     ESCAP: anticipated progress, the share of the change from baseline to target that the
 *     projected value achieves
 * @param thresholds the thresholds the category was read from, as the method states them
 */
public record Assessment(
    AssessmentMethod method,
    Trend trend,
    Double targetValue,
    Double observedGrowthRate,
    Double requiredGrowthRate,
    Double ratio,
    Double currentStatusIndex,
    Double projectedValue,
    ProgressCategory category,
    String thresholds) {
  public Assessment {
    requireNonNull(method, "method is null");
    requireNonNull(trend, "trend is null");
    requireNonNull(category, "category is null");
    requireNonNull(thresholds, "thresholds is null");
  }
}
