package org.corridor.api.report;

import java.util.regex.Pattern;
import org.corridor.api.problem.ApiErrors;

/** The year a progress report is for: from the SDG baseline, 2015, to 2100. */
final class ReportYear {
  static final int FIRST = 2015;
  static final int LAST = 2100;
  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

  private ReportYear() {}

  /** The year a request names, or a problem naming the parameter. */
  static int parse(String parameter, String text) {
    if (!FOUR_DIGITS.matcher(text).matches()) {
      throw ApiErrors.malformedYear(parameter, text);
    }
    int year = Integer.parseInt(text);
    if (year < FIRST || year > LAST) {
      throw ApiErrors.outOfRange(parameter, year, FIRST, LAST);
    }
    return year;
  }
}
