package org.corridor.api.activity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.corridor.api.observation.Paging;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.GoldStore;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.warehouse.reference.Rcp;
import org.corridor.warehouse.reference.Rcps;
import org.corridor.warehouse.table.SilverTables;
import org.springframework.stereotype.Component;

/** The RCPs of Corridor's RCP list and their records in {@code silver.rcp_activity}. */
@Component
public class RcpActivities {
  private final Rcps rcps;
  private final GoldStore store;

  RcpActivities(Rcps rcps, GoldStore store) {
    this.rcps = rcps;
    this.store = store;
  }

  /** Every RCP of the list with its records in the latest {@code silver.rcp_activity} counted. */
  public RcpList list() {
    TableSnapshot records = store.current(SilverTables.RCP_ACTIVITY);
    TextColumn rcpColumn = records.text("rcp");
    TextColumn statusColumn = records.text("status");
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (int row = 0; row < records.rowCount(); row++) {
      counts
          .computeIfAbsent(rcpColumn.value(row), rcp -> new HashMap<>())
          .merge(statusColumn.value(row), 1L, Long::sum);
    }
    return new RcpList(
        records.version(),
        rcps.all().stream()
            .map(rcp -> RcpEntry.of(rcp, counts.getOrDefault(rcp.code(), Map.of())))
            .toList());
  }

  /** One RCP's records that pass the filters, a page of them. */
  ActivityPage activities(String code, RcpActivityFilters filters, Paging paging) {
    Rcp rcp =
        rcps.find(code)
            .orElseThrow(
                () -> ApiErrors.unknownRcp(code, rcps.all().stream().map(Rcp::code).toList()));
    TableSnapshot records = store.current(SilverTables.RCP_ACTIVITY);
    int[] rows =
        new RecordSelection(records)
            .text("rcp", Set.of(rcp.code()))
            .years(filters.years())
            .text("activity_column", filters.activityColumns())
            .textList("gfmd_roundtables", filters.roundtableTags())
            .integerList("gcm_objectives", filters.gcmObjectives())
            .textList("countries", filters.countries())
            .text("status", filters.statuses())
            .rows();
    return ActivityPage.of(records, rows, paging);
  }
}
