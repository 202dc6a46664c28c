package org.corridor.api.observation;

import org.corridor.api.http.QueryValues;
import org.corridor.api.problem.ApiErrors;

/** The years an answer covers, both ends inclusive; open ends are the extreme ints. */
record YearRange(int from, int to) {
  static final YearRange ALL = new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

  /** Parses the {@code from} and {@code to} parameters, each absent or a four-digit year. */
  static YearRange parse(String from, String to) {
    int start = from == null ? ALL.from : QueryValues.year("from", from);
    int end = to == null ? ALL.to : QueryValues.year("to", to);
    if (start > end) {
      throw ApiErrors.reversedYears(start, end);
    }
    return new YearRange(start, end);
  }

  boolean contains(int year) {
    return year >= from && year <= to;
  }

  boolean isAll() {
    return from == ALL.from && to == ALL.to;
  }
}
