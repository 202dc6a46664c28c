package org.corridor.warehouse.table;

/** Medallion layer a table belongs to; it is also the folder the table lives in. */
public enum Layer {
  BRONZE,
  SILVER,
  GOLD,
  AUDIT;

  /** The folder name under the warehouse root. */
  public String folder() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
