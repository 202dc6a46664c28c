package org.corridor.api.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.corridor.api.store.IntegerColumn;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.RowRange;
import org.corridor.api.store.TextColumn;

/**
 * Finds the rows of one indicator that match the area, year and breakdown filters. It reads the
 * fewest candidate rows it can: the runs of the areas asked for (rows are sorted by area within an
 * indicator), or the rows holding the corridor origins or destinations asked for (from the
 * snapshot's postings), or else every row of the indicator; the other filters are then checked on
 * each candidate.
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
    Checks checks = new Checks(snapshot.integers("year"), years, breakdowns.tests(snapshot));
    List<RowRange> areaRuns = new ArrayList<>();
    for (String area : areas) {
      areaRuns.add(snapshot.rowsOf(range, area));
    }
    areaRuns.sort(Comparator.comparingInt(RowRange::start));
    int candidates =
        areas.isEmpty() ? range.size() : areaRuns.stream().mapToInt(RowRange::size).sum();
    int[] postings = narrowerPostings(snapshot, range, breakdowns, candidates);
    if (postings != null) {
      TextColumn area = snapshot.text("area");
      boolean[] keptAreas = areas.isEmpty() ? null : keptCodes(area, areas);
      return checks.keep(postings, row -> keptAreas == null || kept(keptAreas, area.code(row)));
    }
    return checks.keepIn(areas.isEmpty() ? List.of(range) : areaRuns, candidates);
  }

  /**
   * The rows holding the values asked for of the indexed breakdown with the fewest such rows, in
   * ascending order, if fewer than {@code fewest}; null otherwise.
   */
  private static int[] narrowerPostings(
      ObservationSnapshot snapshot, RowRange range, Breakdowns breakdowns, int fewest) {
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
    return narrowest == null ? null : snapshot.postings(range, narrowest).rows(narrowestCodes);
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

  /** The year range and the breakdown filters, checked row by row. */
  private record Checks(IntegerColumn year, YearRange years, List<Breakdowns.ColumnTest> tests) {

    /** The rows of the ranges, in order, that pass; the ranges hold {@code size} rows. */
    int[] keepIn(List<RowRange> ranges, int size) {
      int[] rows = new int[size];
      int count = 0;
      for (RowRange range : ranges) {
        for (int row = range.start(); row < range.end(); row++) {
          if (passes(row)) {
            rows[count++] = row;
          }
        }
      }
      return Arrays.copyOf(rows, count);
    }

    /** The candidates, in order, that pass and also pass {@code also}. */
    int[] keep(int[] candidates, IntPredicate also) {
      return Arrays.stream(candidates).filter(row -> passes(row) && also.test(row)).toArray();
    }

    private boolean passes(int row) {
      if (!years.isAll() && (year.isNull(row) || !years.contains(year.intValue(row)))) {
        return false;
      }
      for (Breakdowns.ColumnTest test : tests) {
        if (!test.passes(row)) {
          return false;
        }
      }
      return true;
    }
  }
}
