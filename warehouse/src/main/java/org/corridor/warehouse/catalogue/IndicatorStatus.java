package org.corridor.warehouse.catalogue;

/** Whether Corridor computes an indicator yet, or only declares it in the catalogue. */
public enum IndicatorStatus {
  COMPUTED,
  DECLARED
}
