package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

/**
 * A theme of the GFMD matrix of projects and activities, e.g. T1 (Migration and Socio-Economic
 * Development).
 */
public record GfmdTheme(String code, String title) {
  public GfmdTheme {
    requireNonNull(code, "code is null");
    requireNonNull(title, "title is null");
  }
}
