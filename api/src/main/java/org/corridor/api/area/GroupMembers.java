package org.corridor.api.area;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.corridor.api.format.CsvTable;

/** An aggregate and its member countries, by ISO3 code; as CSV, one row per member. */
@Schema(name = "GroupMembers", description = "An aggregate and its member countries")
record GroupMembers(
    @Schema(description = "The aggregate") AreaEntry group,
    @Schema(example = "12") int count,
    List<AreaEntry> members)
    implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return AreaEntry.CSV_HEADER;
  }

  @Override
  public List<List<String>> csvRecords() {
    return members.stream().map(AreaEntry::csvRecord).toList();
  }
}
