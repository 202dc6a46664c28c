package org.corridor.api.vintage;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.corridor.api.format.CsvTable;

/** Every vintage, oldest first. */
@Schema(name = "Vintages", description = "Every vintage, oldest first")
record VintageList(
    @Schema(description = "Delta version of gold.vintage; -1 before the first vintage")
        long tableVersion,
    @Schema(example = "1") int count,
    List<VintageEntry> vintages)
    implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return VintageEntry.CSV_HEADER;
  }

  @Override
  public List<List<String>> csvRecords() {
    return vintages.stream().flatMap(v -> v.csvRecords().stream()).toList();
  }
}
