package org.corridor.etl.gold.progress;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.corridor.warehouse.catalogue.Direction;

/**
 * What progress means for one indicator: the direction it should move in and, where the SDG or GCM
 * text quantifies one, the value it should reach by a year (2030 unless stated otherwise).
 */
public record ProgressRule(
    String indicator, Direction direction, OptionalDouble target, int targetYear) {
  public static final int AGENDA_YEAR = 2030;

  public ProgressRule {
    requireNonNull(indicator, "indicator is null");
    requireNonNull(direction, "direction is null");
    requireNonNull(target, "target is null");
    if (direction == Direction.NONE) {
      throw new IllegalArgumentException(
          "indicator "
              + indicator
              + " has no desired direction, so its progress cannot be assessed");
    }
  }

  /** A rule for an indicator with a quantified target. */
  public static ProgressRule towards(
      String indicator, Direction direction, double target, int targetYear) {
    return new ProgressRule(indicator, direction, OptionalDouble.of(target), targetYear);
  }

  /** A rule for an indicator with a direction but no quantified target, assessed up to 2030. */
  public static ProgressRule withoutTarget(String indicator, Direction direction) {
    return new ProgressRule(indicator, direction, OptionalDouble.empty(), AGENDA_YEAR);
  }

  /** +1 when the indicator should rise, -1 when it should fall. */
  int desiredSign() {
    return direction == Direction.INCREASE ? 1 : -1;
  }

  /** Whether a value is at the target or beyond it in the desired direction. */
  boolean reached(double value) {
    return target.isPresent() && desiredSign() * (value - target.getAsDouble()) >= 0;
  }
}
