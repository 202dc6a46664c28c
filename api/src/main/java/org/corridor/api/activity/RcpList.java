package org.corridor.api.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.corridor.api.format.CsvTable;

/** Every RCP of Corridor's RCP list, in its order, with its activity records counted. */
@Schema(name = "Rcps", description = "The RCPs and their activity records")
public record RcpList(
    @Schema(description = "Delta version of silver.rcp_activity counted; -1 before its first write")
        long tableVersion,
    List<RcpEntry> rcps)
    implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return RcpEntry.CSV_HEADER;
  }

  @Override
  public List<List<String>> csvRecords() {
    return rcps.stream().map(RcpEntry::csvRecord).toList();
  }
}
