package org.corridor.api.sdmx;

import java.time.LocalDate;
import org.corridor.api.problem.ApiErrors;

/**
 * The {@code startPeriod} and {@code endPeriod} of a data query as days: from the first day of
 * startPeriod to the last day of endPeriod. An observation is kept when its period overlaps them,
 * so startPeriod=2016-Q3 keeps the year 2016 and endPeriod=2016 keeps 2016-Q4.
 */
record PeriodRange(LocalDate start, LocalDate end) {
  static final String EXPECTED = "an SDMX period: YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM-DD";

  static PeriodRange parse(String startPeriod, String endPeriod) {
    LocalDate start =
        startPeriod == null ? LocalDate.MIN : bound("startPeriod", startPeriod).start();
    LocalDate end = endPeriod == null ? LocalDate.MAX : bound("endPeriod", endPeriod).end();
    if (start.isAfter(end)) {
      throw ApiErrors.reversedPeriods(startPeriod, endPeriod);
    }
    return new PeriodRange(start, end);
  }

  boolean contains(TimeSpan period) {
    return period.overlaps(new TimeSpan(start, end));
  }

  private static TimeSpan bound(String parameter, String value) {
    return TimeSpan.parse(value)
        .orElseThrow(() -> ApiErrors.malformedParameter(parameter, value, EXPECTED));
  }
}
