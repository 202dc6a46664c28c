package org.corridor.etl.gold.progress;

/** Where a series stands against its direction or target, as the progress reports name it. */
public enum ProgressCategory {
  /** The latest value has reached the target (Open SDG: "Target achieved"). */
  TARGET_ACHIEVED,
  ON_TRACK,
  ACCELERATION_NEEDED,
  LIMITED_PROGRESS,
  DETERIORATION,
  /**
   * The growth rate the method rests on is undefined: a baseline of zero or below, a negative
   * value, or a target that cannot be reached by compound growth.
   */
  NOT_ASSESSABLE
}
