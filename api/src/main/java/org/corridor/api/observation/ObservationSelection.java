package org.corridor.api.observation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.corridor.api.store.IntegerColumn;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.RowRange;
import org.corridor.api.store.TextColumn;

/** Finds the rows of one indicator that match the area, year and breakdown filters. */
final class ObservationSelection {
  private ObservationSelection() {}

  /**
   * The matching rows in snapshot order, that is by area, then period.
   *
   * @param areas area codes to keep; empty keeps every area
   */
  static int[] select(
      ObservationSnapshot snapshot,
      String indicator,
      Set<String> areas,
      YearRange years,
      Breakdowns breakdowns) {
    RowRange range = snapshot.rowsOf(indicator);
    TextColumn area = snapshot.text("area");
    boolean[] keptAreas = areas.isEmpty() ? null : keptCodes(area, areas);
    IntegerColumn year = snapshot.integers("year");
    List<Breakdowns.ColumnTest> tests = breakdowns.tests(snapshot);
    int[] rows = new int[range.size()];
    int count = 0;
    for (int row = range.start(); row < range.end(); row++) {
      if (keptAreas != null && !kept(keptAreas, area.code(row))) {
        continue;
      }
      if (!years.isAll() && (year.isNull(row) || !years.contains(year.intValue(row)))) {
        continue;
      }
      if (!passesAll(tests, row)) {
        continue;
      }
      rows[count++] = row;
    }
    return Arrays.copyOf(rows, count);
  }

  private static boolean passesAll(List<Breakdowns.ColumnTest> tests, int row) {
    for (Breakdowns.ColumnTest test : tests) {
      if (!test.passes(row)) {
        return false;
      }
    }
    return true;
  }

  private static boolean[] keptCodes(TextColumn area, Set<String> areas) {
    boolean[] kept = new boolean[area.cardinality()];
    for (String code : areas) {
      int index = area.codeOf(code);
      if (index != TextColumn.NULL_CODE) {
        kept[index] = true;
      }
    }
    return kept;
  }

  private static boolean kept(boolean[] keptAreas, int code) {
    return code != TextColumn.NULL_CODE && keptAreas[code];
  }
}
