package org.corridor.warehouse.catalogue;

import static java.util.Objects.requireNonNull;

/** A quantified target an indicator should reach by a year, as stated in the SDG or GCM text. */
public record Target(double value, int year, String statement) {
  public Target {
    requireNonNull(statement, "statement is null");
  }
}
