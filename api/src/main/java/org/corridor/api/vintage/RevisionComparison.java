package org.corridor.api.vintage;

import java.util.Arrays;
import java.util.List;
import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;

/**
 * The revisions between two snapshots of {@code gold.indicator_observation}, compared on its
 * natural key as the ETL's {@code RevisionReport} does: a key only in the newer one is {@link
 * Change#ADDED}, only in the older one {@link Change#WITHDRAWN}, in both with another value {@link
 * Change#CHANGED}. Only the value makes a revision: a row recomputed to the same number by a later
 * run is not one.
 *
 * <p>Both snapshots are sorted by the same text columns, which hold every key column, so one merge
 * pass over the two finds every revision; the dictionaries differ between snapshots, so keys are
 * compared as strings.
 */
final class RevisionComparison {
  /** What happened to an observation between the two snapshots. */
  enum Change {
    ADDED,
    CHANGED,
    WITHDRAWN
  }

  private final TableSnapshot older;
  private final TableSnapshot newer;
  private final List<TextColumn> olderKey;
  private final List<TextColumn> newerKey;
  private final int[][] rows = new int[Change.values().length][];
  private final int[] counts = new int[Change.values().length];
  private int[] olderOfChanged = new int[16];

  private RevisionComparison(TableSnapshot older, TableSnapshot newer) {
    if (!older.sortKey().equals(newer.sortKey())) {
      throw new IllegalArgumentException("snapshots sorted differently cannot be merged");
    }
    this.older = older;
    this.newer = newer;
    this.olderKey = older.sortKey().stream().map(older::text).toList();
    this.newerKey = newer.sortKey().stream().map(newer::text).toList();
    for (Change change : Change.values()) {
      rows[change.ordinal()] = new int[16];
    }
  }

  static RevisionComparison between(TableSnapshot older, TableSnapshot newer) {
    RevisionComparison comparison = new RevisionComparison(older, newer);
    comparison.merge();
    return comparison;
  }

  TableSnapshot older() {
    return older;
  }

  TableSnapshot newer() {
    return newer;
  }

  int count(Change change) {
    return counts[change.ordinal()];
  }

  /**
   * The rows of one kind of revision, in key order: rows of the newer snapshot for {@code ADDED}
   * and {@code CHANGED}, of the older one for {@code WITHDRAWN}.
   */
  int[] rows(Change change) {
    return Arrays.copyOf(rows[change.ordinal()], counts[change.ordinal()]);
  }

  /** The rows of the older snapshot that {@code rows(CHANGED)} revise, in the same order. */
  int[] olderOfChanged() {
    return Arrays.copyOf(olderOfChanged, count(Change.CHANGED));
  }

  private void merge() {
    DoubleColumn oldValue = older.doubles("value");
    DoubleColumn newValue = newer.doubles("value");
    int o = 0;
    int n = 0;
    while (o < older.rowCount() || n < newer.rowCount()) {
      int order;
      if (o == older.rowCount()) {
        order = 1;
      } else if (n == newer.rowCount()) {
        order = -1;
      } else {
        order = compareKeys(o, n);
      }
      if (order < 0) {
        add(Change.WITHDRAWN, o++);
      } else if (order > 0) {
        add(Change.ADDED, n++);
      } else {
        if (!sameValue(oldValue, o, newValue, n)) {
          if (count(Change.CHANGED) == olderOfChanged.length) {
            olderOfChanged = Arrays.copyOf(olderOfChanged, olderOfChanged.length * 2);
          }
          olderOfChanged[count(Change.CHANGED)] = o;
          add(Change.CHANGED, n);
        }
        o++;
        n++;
      }
    }
  }

  private void add(Change change, int row) {
    int kind = change.ordinal();
    if (counts[kind] == rows[kind].length) {
      rows[kind] = Arrays.copyOf(rows[kind], rows[kind].length * 2);
    }
    rows[kind][counts[kind]++] = row;
  }

  /** Compares an older row's key with a newer row's, nulls first as the snapshots are sorted. */
  private int compareKeys(int olderRow, int newerRow) {
    for (int column = 0; column < olderKey.size(); column++) {
      String a = olderKey.get(column).value(olderRow);
      String b = newerKey.get(column).value(newerRow);
      if (a == null || b == null) {
        if (a != b) {
          return a == null ? -1 : 1;
        }
      } else {
        int order = a.compareTo(b);
        if (order != 0) {
          return order;
        }
      }
    }
    return 0;
  }

  /** Equal as Spark's null-safe equality has it: NaN equals NaN, 0.0 equals -0.0. */
  private static boolean sameValue(DoubleColumn a, int aRow, DoubleColumn b, int bRow) {
    if (a.isNull(aRow) || b.isNull(bRow)) {
      return a.isNull(aRow) && b.isNull(bRow);
    }
    double x = a.doubleValue(aRow);
    double y = b.doubleValue(bRow);
    return x == y || (Double.isNaN(x) && Double.isNaN(y));
  }
}
