package org.corridor.api.sdmx;

import java.util.Arrays;
import org.corridor.api.problem.ApiErrors;

/**
 * The {@code firstNObservations} and {@code lastNObservations} of a data query: how many
 * observations to keep at the start and at the end of each series. With both, a series keeps the
 * union of its first and last observations, as SDMX REST specifies.
 *
 * @param first observations kept from the start; 0 when the parameter is absent
 * @param last observations kept from the end; 0 when the parameter is absent
 */
record SeriesCut(int first, int last) {

  static SeriesCut parse(Integer firstNObservations, Integer lastNObservations) {
    return new SeriesCut(
        count("firstNObservations", firstNObservations),
        count("lastNObservations", lastNObservations));
  }

  /** The kept rows of one series, given in time order. */
  int[] apply(int[] series) {
    if ((first == 0 && last == 0) || first + last >= series.length) {
      return series;
    }
    int[] head = Arrays.copyOfRange(series, 0, first);
    int[] tail = Arrays.copyOfRange(series, series.length - last, series.length);
    int[] kept = Arrays.copyOf(head, first + last);
    System.arraycopy(tail, 0, kept, first, last);
    return kept;
  }

  private static int count(String parameter, Integer value) {
    if (value == null) {
      return 0;
    }
    if (value < 1) {
      throw ApiErrors.outOfRange(parameter, value, 1, Integer.MAX_VALUE);
    }
    return value;
  }
}
