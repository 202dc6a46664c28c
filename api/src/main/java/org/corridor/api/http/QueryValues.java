package org.corridor.api.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridor.api.problem.ApiErrors;

/**
 * The values of a query parameter that takes several, repeated or comma-separated ({@code
 * area=SLV&area=GTM,HND}), and of year parameters, read the same way by every endpoint.
 */
public final class QueryValues {
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  private QueryValues() {}

  /** A four-digit year, or a 400 problem naming the parameter. */
  public static int year(String parameter, String value) {
    if (!YEAR.matcher(value).matches()) {
      throw ApiErrors.malformedYear(parameter, value);
    }
    return Integer.parseInt(value);
  }

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
