package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.corridor.api.format.CsvTable;

/** Every SDG target of the reference list, in its order. */
@Schema(name = "SdgTargets", description = "The SDG targets Corridor knows")
record SdgTargetList(List<SdgTargetEntry> targets) implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return SdgTargetEntry.CSV_HEADER;
  }

  @Override
  public List<List<String>> csvRecords() {
    return targets.stream().map(SdgTargetEntry::csvRecord).toList();
  }
}
