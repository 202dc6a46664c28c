package org.corridor.etl.gold.progress;

/** The published progress methods Corridor offers, named in every assessment. */
public enum AssessmentMethod {
  /** Open SDG, after Statistics Canada and Eurostat: observed against required growth rate. */
  OPEN_SDG,
  /** UN ESCAP's current status index and anticipated progress towards the target. */
  ESCAP
}
