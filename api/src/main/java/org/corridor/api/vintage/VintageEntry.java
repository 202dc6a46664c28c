package org.corridor.api.vintage;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One vintage: its name, when it was created, its note and the table versions it pins. */
@Schema(name = "Vintage", description = "A name pinned to the Delta versions of the gold tables")
public record VintageEntry(
    @Schema(example = "gfmd-2025") String name,
    @Schema(description = "Creation time, ISO-8601 UTC", example = "2025-05-02T09:30:00Z")
        String createdAt,
    @Schema(nullable = true, example = "figures for the GFMD summit") String note,
    @Schema(
            description = "Pinned Delta version per qualified table name",
            example = "{\"gold.indicator_observation\": 12, \"gold.progress_assessment\": 4}")
        Map<String, Long> tables) {

  static final List<String> CSV_HEADER =
      List.of("name", "createdAt", "note", "tableName", "tableVersion");

  /** The version a vintage pins of a table, if the table existed when it was created. */
  public Long version(String table) {
    return tables.get(table);
  }

  /** One CSV record per pinned table. */
  List<List<String>> csvRecords() {
    List<List<String>> records = new ArrayList<>();
    tables.forEach(
        (table, version) ->
            records.add(Arrays.asList(name, createdAt, note, table, Long.toString(version))));
    return records;
  }
}
