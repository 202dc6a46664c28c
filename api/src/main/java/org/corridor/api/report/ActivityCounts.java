package org.corridor.api.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.activity.RcpActivities;
import org.corridor.api.report.ProgressReport.ActivitySummary;
import org.corridor.api.report.ProgressReport.RoundtableCount;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.warehouse.reference.GfmdAgenda;
import org.springframework.stereotype.Component;

/**
 * The activity records per GFMD roundtable, counted as {@code /api/v1/gfmd/activities} filters
 * them, and per RCP, as {@code /api/v1/rcps} answers; in the order of the reference lists.
 */
@Component
class ActivityCounts {
  private final GfmdAgenda gfmd;
  private final RcpActivities rcps;

  ActivityCounts(GfmdAgenda gfmd, RcpActivities rcps) {
    this.gfmd = gfmd;
    this.rcps = rcps;
  }

  ActivitySummary count(TableSnapshot gfmdRecords) {
    Map<String, Map<String, Long>> byRoundtable = counts(gfmdRecords, "roundtable", "record_type");
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
    return new ActivitySummary(gfmdRecords.version(), roundtables, rcps.list());
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
