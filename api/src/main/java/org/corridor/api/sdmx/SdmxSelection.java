package org.corridor.api.sdmx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.TextColumn;

/**
 * Finds the observations a data query selects: rows whose key matches the key filter and whose
 * period overlaps the period range, grouped by series (all key dimensions but time), optionally cut
 * to each series' last N observations.
 */
final class SdmxSelection {
  private SdmxSelection() {}

  /**
   * The selected rows, one array per series in key order, each series' rows in time order.
   *
   * @param cut how many observations each series keeps at its start and end
   */
  static List<int[]> select(
      ObservationSnapshot snapshot, SeriesKeyFilter key, PeriodRange periods, SeriesCut cut) {
    List<TextColumn> dimensions =
        MigrationDataflow.KEY_DIMENSIONS.stream().map(d -> snapshot.text(d.column())).toList();
    List<boolean[]> kept = new ArrayList<>(dimensions.size());
    for (int position = 0; position < dimensions.size(); position++) {
      kept.add(keptCodes(dimensions.get(position), key.codesAt(position)));
    }
    TextColumn period = snapshot.text(MigrationDataflow.TIME_PERIOD.column());
    TimeSpan[] spans = spans(period);
    Comparator<Integer> order = seriesOrder(dimensions);
    Integer[] rows =
        IntStream.range(0, snapshot.rowCount())
            .filter(row -> matches(row, dimensions, kept))
            .filter(row -> periods.contains(spans[period.code(row)]))
            .boxed()
            .sorted(
                order
                    .thenComparing(row -> spans[period.code(row)].start())
                    .thenComparing(row -> spans[period.code(row)].end()))
            .toArray(Integer[]::new);
    List<int[]> series = new ArrayList<>();
    int start = 0;
    for (int end = 1; end <= rows.length; end++) {
      if (end == rows.length || order.compare(rows[start], rows[end]) != 0) {
        series.add(
            cut.apply(Arrays.stream(rows, start, end).mapToInt(Integer::intValue).toArray()));
        start = end;
      }
    }
    return series;
  }

  /**
   * Which dictionary codes of a column a position keeps, index {@code code + 1} so that the null
   * code, written _Z, has a slot; null when the position is a wildcard.
   */
  private static boolean[] keptCodes(TextColumn column, Set<String> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    boolean[] kept = new boolean[column.cardinality() + 1];
    kept[0] = ids.contains(SdmxIds.NOT_APPLICABLE);
    for (int code = 0; code < column.cardinality(); code++) {
      kept[code + 1] = ids.contains(SdmxIds.of(column.valueOf(code)));
    }
    return kept;
  }

  private static boolean matches(int row, List<TextColumn> dimensions, List<boolean[]> kept) {
    for (int position = 0; position < dimensions.size(); position++) {
      boolean[] codes = kept.get(position);
      if (codes != null && !codes[dimensions.get(position).code(row) + 1]) {
        return false;
      }
    }
    return true;
  }

  /** Dictionary codes sort as their strings, so series come out in key order, nulls first. */
  private static Comparator<Integer> seriesOrder(List<TextColumn> dimensions) {
    return (left, right) -> {
      for (TextColumn column : dimensions) {
        int compared = Integer.compare(column.code(left), column.code(right));
        if (compared != 0) {
          return compared;
        }
      }
      return 0;
    };
  }

  private static TimeSpan[] spans(TextColumn period) {
    TimeSpan[] spans = new TimeSpan[period.cardinality()];
    for (int code = 0; code < spans.length; code++) {
      String value = period.valueOf(code);
      spans[code] =
          TimeSpan.parse(value)
              .orElseThrow(
                  () ->
                      ApiErrors.unreadablePeriod(ObservationSnapshot.TABLE.qualifiedName(), value));
    }
    return spans;
  }
}
