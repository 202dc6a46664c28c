package org.corridor.api.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.corridor.api.store.IntegerColumn;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.RowRange;
import org.corridor.api.store.TextColumn;

/**
 * Finds the rows of one indicator that match the area, year and breakdown filters. It reads the
 * fewest candidate rows it can: the runs of the areas asked for (rows are sorted by area within an
 * indicator), or the rows holding the corridor origins or destinations asked for (from the
 * snapshot's postings), or else every row of the indicator; every filter is then checked on each
 * candidate.
 */
final class ObservationSelection {
  /**
   * Breakdown columns of hundreds of values, where postings pay for their memory; a filter on sex
   * or age keeps too large a share of the rows to be worth one.
   */
  static final List<String> INDEXED_BREAKDOWNS = List.of("origin", "destination");

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
    int[] candidates = narrowestCandidates(snapshot, range, areas, breakdowns);
    int size = candidates == null ? range.size() : candidates.length;
    int[] rows = new int[size];
    int count = 0;
    for (int i = 0; i < size; i++) {
      int row = candidates == null ? range.start() + i : candidates[i];
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

  /**
   * The rows that can match, in ascending order: the smallest of the areas' runs and each indexed
   * breakdown's postings; null when no filter narrows the indicator's rows.
   */
  private static int[] narrowestCandidates(
      ObservationSnapshot snapshot, RowRange range, Set<String> areas, Breakdowns breakdowns) {
    List<RowRange> areaRuns = new ArrayList<>();
    for (String area : areas) {
      areaRuns.add(snapshot.rowsOf(range, area));
    }
    int fewest = areas.isEmpty() ? range.size() : areaRuns.stream().mapToInt(RowRange::size).sum();
    String narrowest = null;
    int[] narrowestCodes = null;
    for (String column : INDEXED_BREAKDOWNS) {
      int[] codes = breakdowns.codes(snapshot, column);
      if (codes == null) {
        continue;
      }
      int count = snapshot.postings(range, column).count(codes);
      if (count < fewest) {
        fewest = count;
        narrowest = column;
        narrowestCodes = codes;
      }
    }
    if (narrowest != null) {
      return snapshot.postings(range, narrowest).rows(narrowestCodes);
    }
    if (areas.isEmpty()) {
      return null;
    }
    return inOrder(areaRuns, fewest);
  }

  private static int[] inOrder(List<RowRange> runs, int size) {
    int[] rows = new int[size];
    int next = 0;
    for (RowRange run : runs.stream().sorted(Comparator.comparingInt(RowRange::start)).toList()) {
      for (int row = run.start(); row < run.end(); row++) {
        rows[next++] = row;
      }
    }
    return rows;
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
