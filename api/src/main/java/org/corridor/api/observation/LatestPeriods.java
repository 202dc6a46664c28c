package org.corridor.api.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridor.api.store.CodeKey;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.RowOrder;
import org.corridor.api.store.TextColumn;

/**
 * {@code latest=N}: the N most recent periods of each series, a series being one indicator series
 * for one area and one combination of breakdowns. Periods of one series are all years or all
 * quarters, so their text order is their time order.
 */
final class LatestPeriods {
  static final int MAX = 1000;

  private static final List<String> SERIES_KEY =
      List.of(
          "series",
          "area",
          "sex",
          "age",
          "origin",
          "destination",
          "provider_type",
          "policy_domain");

  private LatestPeriods() {}

  /** The rows to keep, in ascending order; rows are given in ascending order. */
  static int[] keep(ObservationSnapshot snapshot, int[] rows, int latest) {
    List<TextColumn> series = SERIES_KEY.stream().map(snapshot::text).toList();
    // Sorted by series, then newest period first: each series' first N rows are its latest.
    List<CodeKey> order = new ArrayList<>(series.stream().map(TextColumn::key).toList());
    order.add(snapshot.text("period").descendingKey());
    int[] newestFirst = RowOrder.sorted(rows, order);
    int[] kept = new int[rows.length];
    int count = 0;
    int taken = 0;
    for (int i = 0; i < newestFirst.length; i++) {
      if (i > 0 && !sameSeries(series, newestFirst[i - 1], newestFirst[i])) {
        taken = 0;
      }
      if (taken < latest) {
        kept[count++] = newestFirst[i];
        taken++;
      }
    }
    int[] inOrder = Arrays.copyOf(kept, count);
    Arrays.sort(inOrder);
    return inOrder;
  }

  private static boolean sameSeries(List<TextColumn> series, int row, int other) {
    for (TextColumn column : series) {
      if (column.code(row) != column.code(other)) {
        return false;
      }
    }
    return true;
  }
}
