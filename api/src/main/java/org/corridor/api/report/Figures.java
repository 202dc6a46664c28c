package org.corridor.api.report;

import java.util.Locale;

/**
 * How the report writes numbers: two decimals in {@link Locale#ROOT}, whatever the machine's
 * locale, so that a figure reads the same in every generation and matches the API's value rounded
 * the same way.
 */
final class Figures {
  private Figures() {}

  /** A value with two decimals, e.g. {@code 6.21}. */
  static String value(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A nullable value; an en dash where there is none. */
  static String valueOrDash(Double value) {
    return value == null ? "\u2013" : value(value);
  }

  /** A share in [0, 1] as a percentage with one decimal, e.g. {@code 87.5%}. */
  static String share(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
