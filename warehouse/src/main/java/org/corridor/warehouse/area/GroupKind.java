package org.corridor.warehouse.area;

/** The kinds of aggregate area Corridor computes indicators for. */
public enum GroupKind {
  WORLD,
  M49_REGION,
  M49_SUB_REGION,
  M49_INTERMEDIATE_REGION,
  SDG_REGION,
  INCOME_GROUP,
  OACPS,
  RCP
}
