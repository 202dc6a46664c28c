package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.corridor.api.format.CsvTable;

/** Every GFMD roundtable, each followed by its sub-themes. */
@Schema(name = "GfmdRoundtables", description = "The GFMD roundtables and their sub-themes")
record RoundtableList(List<RoundtableEntry> roundtables) implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return RoundtableEntry.CSV_HEADER;
  }

  @Override
  public List<List<String>> csvRecords() {
    return roundtables.stream().map(RoundtableEntry::csvRecord).toList();
  }
}
