package org.corridor.api.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.report.ProgressReport.ActivitySummary;
import org.corridor.api.report.ProgressReport.RcpCount;
import org.corridor.api.report.ProgressReport.RoundtableCount;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.warehouse.reference.GfmdAgenda;
import org.corridor.warehouse.reference.Rcps;
import org.springframework.stereotype.Component;

/**
 * The activity records per GFMD roundtable and per RCP, counted as {@code /api/v1/gfmd/activities}
 * and {@code /api/v1/rcps} count them, in the order of the reference lists.
 */
@Component
class ActivityCounts {
  private final GfmdAgenda gfmd;
  private final Rcps rcps;

  ActivityCounts(GfmdAgenda gfmd, Rcps rcps) {
    this.gfmd = gfmd;
    this.rcps = rcps;
  }

  ActivitySummary count(TableSnapshot rcpRecords, TableSnapshot gfmdRecords) {
    Map<String, Map<String, Long>> byRoundtable = counts(gfmdRecords, "roundtable", "record_type");
    Map<String, Map<String, Long>> byRcp = counts(rcpRecords, "rcp", "status");
    List<RoundtableCount> roundtables =
        gfmd.roundtables().stream()
            .map(
                roundtable -> {
                  Map<String, Long> types = byRoundtable.getOrDefault(roundtable.code(), Map.of());
                  return new RoundtableCount(
                      roundtable.code(),
                      roundtable.title(),
                      types.getOrDefault("ACTIVITY", 0L),
                      types.getOrDefault("PRACTICE", 0L));
                })
            .toList();
    List<RcpCount> rcpCounts =
        rcps.all().stream()
            .map(
                rcp -> {
                  Map<String, Long> statuses = byRcp.getOrDefault(rcp.code(), Map.of());
                  return new RcpCount(
                      rcp.code(),
                      rcp.name(),
                      statuses.getOrDefault("REPORTED", 0L),
                      statuses.getOrDefault("NO_EXAMPLE_PROVIDED", 0L),
                      statuses.getOrDefault("NO_RESPONSE_GIVEN", 0L));
                })
            .toList();
    return new ActivitySummary(roundtables, rcpCounts);
  }

  /** Records by the value of a group column, then of a kind column. */
  private static Map<String, Map<String, Long>> counts(
      TableSnapshot records, String group, String kind) {
    TextColumn groups = records.text(group);
    TextColumn kinds = records.text(kind);
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (int row = 0; row < records.rowCount(); row++) {
      String code = groups.value(row);
      if (code != null) {
        counts.computeIfAbsent(code, c -> new HashMap<>()).merge(kinds.value(row), 1L, Long::sum);
      }
    }
    return counts;
  }
}
