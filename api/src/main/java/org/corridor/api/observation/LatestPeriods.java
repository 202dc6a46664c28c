package org.corridor.api.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.store.ObservationSnapshot;
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

  /** The rows to keep, in the order given. */
  static int[] keep(ObservationSnapshot snapshot, int[] rows, int latest) {
    List<TextColumn> key = SERIES_KEY.stream().map(snapshot::text).toList();
    TextColumn period = snapshot.text("period");
    Map<List<Integer>, List<Integer>> bySeries = new HashMap<>();
    for (int row : rows) {
      List<Integer> series = new ArrayList<>(key.size());
      for (TextColumn column : key) {
        series.add(column.code(row));
      }
      bySeries.computeIfAbsent(series, s -> new ArrayList<>()).add(row);
    }
    boolean[] kept = new boolean[snapshot.rowCount()];
    for (List<Integer> seriesRows : bySeries.values()) {
      seriesRows.sort((a, b) -> period.value(b).compareTo(period.value(a)));
      for (int i = 0; i < Math.min(latest, seriesRows.size()); i++) {
        kept[seriesRows.get(i)] = true;
      }
    }
    return Arrays.stream(rows).filter(row -> kept[row]).toArray();
  }
}
