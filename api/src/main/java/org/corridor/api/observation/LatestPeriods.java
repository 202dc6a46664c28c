package org.corridor.api.observation;

import java.util.HashMap;
import java.util.Map;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.RowRange;
import org.corridor.api.store.SeriesIds;

/**
 * {@code latest=N}: the N most recent periods of each series, a series being one indicator series
 * for one area and one combination of breakdowns ({@link ObservationSnapshot#SERIES_KEY}). The rows
 * of a series lie in its area's run, sorted by period, so its latest N are its last N rows.
 */
final class LatestPeriods {
  static final int MAX = 1000;

  /**
   * How many of the indicator's series a query may count in an array per row it reads; beyond that,
   * its few rows over many series are counted in a map.
   */
  private static final int DENSE_SPAN_PER_ROW = 4;

  private LatestPeriods() {}

  /**
   * The rows to keep, in ascending order.
   *
   * @param indicatorRows the range of the indicator the rows belong to
   * @param rows rows of that indicator in ascending order
   */
  static int[] keep(ObservationSnapshot snapshot, RowRange indicatorRows, int[] rows, int latest) {
    if (rows.length == 0) {
      return rows;
    }
    SeriesIds series = snapshot.seriesIds(indicatorRows);
    SeriesCounts counts =
        series.seriesCount() <= (long) DENSE_SPAN_PER_ROW * rows.length + 1024
            ? new DenseCounts(new int[series.seriesCount()])
            : new SparseCounts(new HashMap<>());
    // Newest first: a series' rows come in descending periods.
    int[] kept = new int[rows.length];
    int count = 0;
    for (int i = rows.length - 1; i >= 0; i--) {
      if (counts.increment(series.of(rows[i])) <= latest) {
        kept[count++] = rows[i];
      }
    }
    int[] ascending = new int[count];
    for (int i = 0; i < count; i++) {
      ascending[i] = kept[count - 1 - i];
    }
    return ascending;
  }

  /** How many rows of each series were kept so far. */
  private interface SeriesCounts {
    /** Counts one more row of a series, and answers how many it has now. */
    int increment(int series);
  }

  private record DenseCounts(int[] counts) implements SeriesCounts {
    @Override
    public int increment(int series) {
      return ++counts[series];
    }
  }

  private record SparseCounts(Map<Integer, Integer> counts) implements SeriesCounts {
    @Override
    public int increment(int series) {
      return counts.merge(series, 1, Integer::sum);
    }
  }
}
