package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.corridor.api.format.CsvTable;

/** The 23 GCM objectives, by number. */
@Schema(name = "GcmObjectives", description = "The objectives of the Global Compact for Migration")
record GcmObjectiveList(List<GcmObjectiveEntry> objectives) implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return GcmObjectiveEntry.CSV_HEADER;
  }

  @Override
  public List<List<String>> csvRecords() {
    return objectives.stream().map(GcmObjectiveEntry::csvRecord).toList();
  }
}
