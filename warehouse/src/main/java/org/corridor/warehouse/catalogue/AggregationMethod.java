package org.corridor.warehouse.catalogue;

/** How an indicator's country values combine into a value for a group of areas. */
public enum AggregationMethod {
  /** Sum of numerators over sum of denominators across the group's countries (e.g. SDG 17.3.2). */
  RATIO_OF_SUMS,
  /**
   * Simple mean over individual units (services, workers), not a mean of country means (10.c.1).
   */
  MEAN_OF_UNITS,
  /** Plain sum over the group (e.g. dead and missing migrants, 10.7.3). */
  SUM,
  /** Unweighted share of responding countries per category (10.7.2). */
  SHARE_OF_COUNTRIES,
  /** The custodian publishes no aggregate; the API answers "not aggregable" (10.7.1). */
  NOT_AGGREGABLE
}
