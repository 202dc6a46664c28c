package org.corridor.api.sdmx;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an SDMX time period covers, both ends inclusive: 2004 is 2004-01-01 to 2004-12-31,
 * 2016-Q4 is 2016-10-01 to 2016-12-31. Comparing days lets a quarterly bound select yearly periods
 * and the other way round.
 */
record TimeSpan(LocalDate start, LocalDate end) {
  private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
  private static final Pattern SEMESTER = Pattern.compile("([0-9]{4})-S([1-2])");
  private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /**
   * The span of a period written as YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM-DD; empty if not.
   */
  static Optional<TimeSpan> parse(String period) {
    try {
      return Optional.ofNullable(span(period));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  boolean overlaps(TimeSpan other) {
    return !end.isBefore(other.start) && !start.isAfter(other.end);
  }

  private static TimeSpan span(String period) {
    Matcher matcher;
    if ((matcher = YEAR.matcher(period)).matches()) {
      return months(year(matcher), 1, 12);
    }
    if ((matcher = SEMESTER.matcher(period)).matches()) {
      int first = (number(matcher) - 1) * 6 + 1;
      return months(year(matcher), first, first + 5);
    }
    if ((matcher = QUARTER.matcher(period)).matches()) {
      int first = (number(matcher) - 1) * 3 + 1;
      return months(year(matcher), first, first + 2);
    }
    if ((matcher = MONTH.matcher(period)).matches()) {
      return months(year(matcher), number(matcher), number(matcher));
    }
    if (DAY.matcher(period).matches()) {
      LocalDate day = LocalDate.parse(period);
      return new TimeSpan(day, day);
    }
    return null;
  }

  private static TimeSpan months(int year, int first, int last) {
    return new TimeSpan(
        YearMonth.of(year, first).atDay(1), YearMonth.of(year, last).atEndOfMonth());
  }

  private static int year(Matcher matcher) {
    return Integer.parseInt(matcher.group(1));
  }

  private static int number(Matcher matcher) {
    return Integer.parseInt(matcher.group(2));
  }
}
