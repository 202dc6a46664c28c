package org.corridor.api.observation;

import java.util.Set;
import org.corridor.api.store.ObservationSnapshot;

/**
 * What an observations request selects, applied to a snapshot: its filters, the latest periods it
 * keeps and its order.
 *
 * @param areas area codes to keep; empty keeps every area
 * @param latest how many recent periods of each series to keep, or null for all
 */
record ObservationQuery(
    String indicator,
    Set<String> areas,
    YearRange years,
    Breakdowns breakdowns,
    Integer latest,
    ObservationOrder order) {

  /** The matching rows, the latest periods kept, in the order asked for. */
  int[] rows(ObservationSnapshot snapshot) {
    int[] rows = ObservationSelection.select(snapshot, indicator, areas, years, breakdowns);
    if (latest != null) {
      rows = LatestPeriods.keep(snapshot, snapshot.rowsOf(indicator), rows, latest);
    }
    return order.apply(snapshot, rows);
  }
}
