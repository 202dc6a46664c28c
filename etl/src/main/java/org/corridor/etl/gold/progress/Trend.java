package org.corridor.etl.gold.progress;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/** The baseline and latest values of a series, the two points both methods measure growth on. */
public record Trend(Point baseline, Point latest) {
  public Trend {
    requireNonNull(baseline, "baseline is null");
    requireNonNull(latest, "latest is null");
    if (latest.year() <= baseline.year()) {
      throw new IllegalArgumentException(
          "latest year " + latest.year() + " is not after baseline year " + baseline.year());
    }
  }

  /** Observed compound annual growth rate from the baseline to the latest value. */
  public OptionalDouble growthRate() {
    return CompoundGrowth.rate(baseline, latest);
  }
}
