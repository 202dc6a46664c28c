package org.corridor.api.area;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.corridor.api.format.CsvTable;

/** Countries, then aggregates, as selected by the area list's filters. */
@Schema(name = "Areas", description = "Countries and aggregates")
record AreaList(@Schema(example = "2") int count, List<AreaEntry> areas) implements CsvTable {

  static AreaList of(List<AreaEntry> areas) {
    return new AreaList(areas.size(), areas);
  }

  @Override
  public List<String> csvHeader() {
    return AreaEntry.CSV_HEADER;
  }

  @Override
  public List<List<String>> csvRecords() {
    return areas.stream().map(AreaEntry::csvRecord).toList();
  }
}
