package org.corridor.api.vintage;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.format.CsvTable;
import org.corridor.api.format.TableFields;
import org.corridor.api.observation.PageInfo;
import org.corridor.api.observation.Paging;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.vintage.RevisionComparison.Change;

/** One page of the revisions between two vintages, with the counts of the whole comparison. */
@Schema(name = "RevisionPage", description = "Observations revised between two vintages")
record RevisionPage(
    @Schema(example = "gfmd-2024") String from,
    @Schema(description = "Delta version of gold.indicator_observation the older vintage pins")
        long fromVersion,
    @Schema(example = "gfmd-2025") String to,
    @Schema(description = "Delta version of gold.indicator_observation the newer vintage pins")
        long toVersion,
    @Schema(description = "Observations only in the newer vintage", example = "1") int added,
    @Schema(description = "Observations whose value changed", example = "1") int changed,
    @Schema(description = "Observations only in the older vintage", example = "0") int withdrawn,
    PageInfo page,
    @Schema(
            description =
                "ADDED, then CHANGED, then WITHDRAWN, each by indicator, area, period and the rest"
                    + " of the natural key: change, the key's fields, oldValue and newValue")
        List<Map<String, Object>> revisions)
    implements CsvTable {

  private static final TableFields KEY =
      TableFields.of(ObservationSnapshot.TABLE, ObservationSnapshot.TABLE.naturalKey());

  static final List<String> FIELDS = fields();

  static RevisionPage of(String from, String to, RevisionComparison comparison, Paging paging) {
    int added = comparison.count(Change.ADDED);
    int changed = comparison.count(Change.CHANGED);
    int withdrawn = comparison.count(Change.WITHDRAWN);
    int total = added + changed + withdrawn;
    int[] newAdded = comparison.rows(Change.ADDED);
    int[] newChanged = comparison.rows(Change.CHANGED);
    int[] oldChanged = comparison.olderOfChanged();
    int[] oldWithdrawn = comparison.rows(Change.WITHDRAWN);
    List<Map<String, Object>> revisions = new ArrayList<>();
    for (int index = paging.start(total); index < paging.end(total); index++) {
      if (index < added) {
        revisions.add(revision(Change.ADDED, comparison, -1, newAdded[index]));
      } else if (index < added + changed) {
        int at = index - added;
        revisions.add(revision(Change.CHANGED, comparison, oldChanged[at], newChanged[at]));
      } else {
        revisions.add(
            revision(Change.WITHDRAWN, comparison, oldWithdrawn[index - added - changed], -1));
      }
    }
    return new RevisionPage(
        from,
        comparison.older().version(),
        to,
        comparison.newer().version(),
        added,
        changed,
        withdrawn,
        paging.describe(total),
        revisions);
  }

  /** One revision; a row of -1 is absent from that side. */
  private static Map<String, Object> revision(
      Change change, RevisionComparison comparison, int olderRow, int newerRow) {
    Map<String, Object> revision = new LinkedHashMap<>();
    revision.put("change", change.name());
    revision.putAll(
        newerRow < 0
            ? KEY.render(comparison.older(), olderRow)
            : KEY.render(comparison.newer(), newerRow));
    revision.put(
        "oldValue", olderRow < 0 ? null : comparison.older().column("value").value(olderRow));
    revision.put(
        "newValue", newerRow < 0 ? null : comparison.newer().column("value").value(newerRow));
    return revision;
  }

  private static List<String> fields() {
    List<String> fields = new ArrayList<>();
    fields.add("change");
    fields.addAll(KEY.names());
    fields.add("oldValue");
    fields.add("newValue");
    return List.copyOf(fields);
  }

  @Override
  public List<String> csvHeader() {
    return FIELDS;
  }

  @Override
  public List<List<String>> csvRecords() {
    return revisions.stream().map(r -> TableFields.csvRecord(r, FIELDS)).toList();
  }
}
