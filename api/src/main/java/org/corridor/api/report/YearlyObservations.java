package org.corridor.api.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.IntegerColumn;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.RowRange;
import org.corridor.api.store.TextColumn;
import org.corridor.warehouse.table.GoldTables;

/**
 * One indicator's yearly headline observations up to the report's year: the rows whose period is a
 * year and whose breakdown columns are empty or the total, as the progress assessment reads them.
 * Rows of a later year are left out, so a report for 2024 from a newer vintage shows what was known
 * of 2024 and before.
 */
final class YearlyObservations {
  private static final String TOTAL = "_T";

  private final ObservationSnapshot snapshot;
  private final RowRange indicatorRows;
  private final int lastYear;
  private final List<TextColumn> disaggregations;

  YearlyObservations(ObservationSnapshot snapshot, String indicator, int lastYear) {
    this.snapshot = snapshot;
    this.indicatorRows = snapshot.rowsOf(indicator);
    this.lastYear = lastYear;
    this.disaggregations = GoldTables.DISAGGREGATIONS.stream().map(snapshot::text).toList();
  }

  /** The rows of one area, by series and then by year. */
  Map<String, TreeMap<Integer, Integer>> byYear(String area) {
    RowRange rows = snapshot.rowsOf(indicatorRows, area);
    TextColumn series = snapshot.text("series");
    TextColumn period = snapshot.text("period");
    IntegerColumn year = snapshot.integers("year");
    Map<String, TreeMap<Integer, Integer>> found = new TreeMap<>();
    for (int row = rows.start(); row < rows.end(); row++) {
      int y = year.intValue(row);
      if (y <= lastYear && period.value(row).equals(Integer.toString(y)) && headline(row)) {
        found.computeIfAbsent(series.value(row), s -> new TreeMap<>()).put(y, row);
      }
    }
    return found;
  }

  /** The latest row of a series in an area, or -1 where it has none. */
  int latest(String area, String series) {
    TreeMap<Integer, Integer> years = byYear(area).get(series);
    return years == null ? -1 : years.lastEntry().getValue();
  }

  /**
   * The latest yearly year of the corridor rows (origin and destination set) of a series, and those
   * rows sorted by value, dearest first, ties by origin then destination.
   */
  List<Integer> corridorsOfLatestYear(String seriesCode) {
    TextColumn series = snapshot.text("series");
    TextColumn period = snapshot.text("period");
    TextColumn origin = snapshot.text("origin");
    TextColumn destination = snapshot.text("destination");
    TextColumn provider = snapshot.text("provider_type");
    IntegerColumn year = snapshot.integers("year");
    TreeMap<Integer, List<Integer>> byYear = new TreeMap<>();
    for (int row = indicatorRows.start(); row < indicatorRows.end(); row++) {
      int y = year.intValue(row);
      if (y <= lastYear
          && series.value(row).equals(seriesCode)
          && period.value(row).equals(Integer.toString(y))
          && origin.value(row) != null
          && destination.value(row) != null
          && provider.value(row) == null) {
        byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(row);
      }
    }
    if (byYear.isEmpty()) {
      return List.of();
    }
    DoubleColumn value = value();
    List<Integer> rows = new ArrayList<>(byYear.lastEntry().getValue());
    rows.sort(
        Comparator.comparingDouble((Integer row) -> -value.doubleValue(row))
            .thenComparing(origin::value)
            .thenComparing(destination::value));
    return rows;
  }

  DoubleColumn value() {
    return snapshot.table().doubles("value");
  }

  private boolean headline(int row) {
    for (TextColumn column : disaggregations) {
      String value = column.value(row);
      if (value != null && !value.equals(TOTAL)) {
        return false;
      }
    }
    return true;
  }
}
