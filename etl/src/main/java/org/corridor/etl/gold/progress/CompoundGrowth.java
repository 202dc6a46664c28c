package org.corridor.etl.gold.progress;

import java.util.OptionalDouble;

/**
 * Compound annual growth rate, {@code (x1 / x0)^(1 / (t1 - t0)) - 1}. It is undefined when the
 * start value is zero or negative (no ratio to grow from), when the end value is negative (no real
 * root), or when no time passes; an end value of zero is a fall of 100% a year.
 */
final class CompoundGrowth {
  private CompoundGrowth() {}

  static OptionalDouble rate(Point from, Point to) {
    int years = to.year() - from.year();
    if (from.value() <= 0 || to.value() < 0 || years <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.pow(to.value() / from.value(), 1.0 / years) - 1);
  }
}
