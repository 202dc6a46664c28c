package org.corridor.api.report;

import org.corridor.api.http.QueryValues;
import org.corridor.api.problem.ApiErrors;

/** The year a progress report is for: from the SDG baseline, 2015, to 2100. */
final class ReportYear {
  static final int FIRST = 2015;
  static final int LAST = 2100;

  private ReportYear() {}

  /** The year a request names, or a problem naming the parameter. */
  static int parse(String parameter, String text) {
    int year = QueryValues.year(parameter, text);
    if (year < FIRST || year > LAST) {
      throw ApiErrors.outOfRange(parameter, year, FIRST, LAST);
    }
    return year;
  }
}
