package org.corridor.warehouse.catalogue;

/** The direction in which an indicator should move for progress to count as progress. */
public enum Direction {
  INCREASE,
  DECREASE,
  NONE
}
