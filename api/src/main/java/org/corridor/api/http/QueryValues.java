package org.corridor.api.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of a query parameter that takes several, repeated or comma-separated ({@code
 * area=SLV&area=GTM,HND}), read the same way by every endpoint.
 */
public final class QueryValues {
  private QueryValues() {}

  /**
   * Every comma-separated part of every value, stripped, blank ones included so that a caller may
   * refuse them; none for an absent parameter.
   */
  public static List<String> parts(List<String> given) {
    List<String> parts = new ArrayList<>();
    if (given != null) {
      for (String value : given) {
        for (String part : value.split(",", -1)) {
          parts.add(part.strip());
        }
      }
    }
    return parts;
  }

  /** The distinct non-blank parts, in the order first given. */
  public static Set<String> distinct(List<String> given) {
    Set<String> values = new LinkedHashSet<>();
    for (String part : parts(given)) {
      if (!part.isEmpty()) {
        values.add(part);
      }
    }
    return values;
  }
}
