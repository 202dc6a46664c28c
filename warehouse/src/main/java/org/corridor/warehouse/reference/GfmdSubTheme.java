package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

/**
 * A sub-theme of a GFMD roundtable, coded by the roundtable and the letter the matrix gives it,
 * e.g. RT2a (Improving Remittance Services).
 *
 * @param roundtable code of the roundtable the sub-theme belongs to, e.g. RT2
 */
public record GfmdSubTheme(String code, String roundtable, String title) {
  public GfmdSubTheme {
    requireNonNull(code, "code is null");
    requireNonNull(roundtable, "roundtable is null");
    requireNonNull(title, "title is null");
  }
}
