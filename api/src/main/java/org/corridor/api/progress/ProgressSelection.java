package org.corridor.api.progress;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.IntPredicate;
import org.corridor.api.store.TableSnapshot;

/** The assessments of the indicators, areas and methods asked for; an empty filter keeps all. */
record ProgressSelection(
    Collection<String> indicators, Collection<String> areas, Collection<String> methods) {

  /** The matching rows in snapshot order: by indicator, area, series and method. */
  int[] select(TableSnapshot snapshot) {
    IntPredicate kept =
        snapshot
            .text("indicator")
            .holdsAnyOf(indicators)
            .and(snapshot.text("area").holdsAnyOf(areas))
            .and(snapshot.text("method").holdsAnyOf(methods));
    int[] rows = new int[snapshot.rowCount()];
    int count = 0;
    for (int row = 0; row < rows.length; row++) {
      if (kept.test(row)) {
        rows[count++] = row;
      }
    }
    return Arrays.copyOf(rows, count);
  }
}
