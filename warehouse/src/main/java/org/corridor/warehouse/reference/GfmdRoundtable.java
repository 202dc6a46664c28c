package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

/**
 * A roundtable of the GFMD matrix, e.g. RT2 (Remittances and Other Diaspora Resources).
 *
 * @param theme code of the theme the roundtable belongs to, e.g. T1
 */
public record GfmdRoundtable(String code, String theme, String title) {
  public GfmdRoundtable {
    requireNonNull(code, "code is null");
    requireNonNull(theme, "theme is null");
    requireNonNull(title, "title is null");
  }
}
