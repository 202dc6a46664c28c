package org.corridor.api.activity;

import org.corridor.api.observation.Paging;
import org.corridor.api.store.GoldStore;
import org.corridor.api.store.TableSnapshot;
import org.corridor.warehouse.table.SilverTables;
import org.springframework.stereotype.Component;

/**
 * The activities and practices of {@code silver.gfmd_activity}. A record is filed under a
 * roundtable and, for most, one of its sub-themes, so a roundtable filter matches either column.
 */
@Component
class GfmdActivities {
  private final GoldStore store;

  GfmdActivities(GoldStore store) {
    this.store = store;
  }

  ActivityPage activities(GfmdActivityFilters filters, Paging paging) {
    TableSnapshot records = store.current(SilverTables.GFMD_ACTIVITY);
    int[] rows =
        new RecordSelection(records)
            .years(filters.years())
            .eitherText("roundtable", "sub_theme", filters.roundtableTags())
            .integerList("gcm_objectives", filters.gcmObjectives())
            .textList("countries", filters.countries())
            .text("record_type", filters.recordTypes())
            .rows();
    return ActivityPage.of(records, rows, paging);
  }
}
