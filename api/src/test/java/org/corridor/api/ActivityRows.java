package org.corridor.api;

import java.util.List;
import org.corridor.api.store.GoldRow;
import org.corridor.warehouse.table.SilverTables;

/** Hand-written rows of the silver activity tables, lists empty and lineage set until changed. */
final class ActivityRows {
  private ActivityRows() {}

  /** A record of {@code silver.rcp_activity}, in the RCP annex's thematic group 1. */
  static GoldRow rcp(String source, String rcp, String column, int sequence, String status) {
    return lineage(GoldRow.of(SilverTables.RCP_ACTIVITY))
        .with("source", source)
        .with("rcp", rcp)
        .with("thematic_group", 1)
        .with("activity_column", column)
        .with("sequence", sequence)
        .with("status", status)
        .with("text", status.equals("REPORTED") ? "Activity " + column + " " + sequence : null)
        .with("years", List.of())
        .with("countries", List.of())
        .with("gfmd_roundtables", List.of())
        .with("gcm_objectives", List.of())
        .with("sdg_targets", List.of());
  }

  /** A record of {@code silver.gfmd_activity}. */
  static GoldRow gfmd(String source, String recordId, String recordType) {
    return lineage(GoldRow.of(SilverTables.GFMD_ACTIVITY))
        .with("source", source)
        .with("record_id", recordId)
        .with("record_type", recordType)
        .with("title", "Record " + recordId)
        .with("partners", List.of())
        .with("countries", List.of())
        .with("years", List.of())
        .with("gcm_objectives", List.of())
        .with("sdg_targets", List.of());
  }

  private static GoldRow lineage(GoldRow row) {
    return row.with("_source_file", "activities.csv")
        .with("_source_checksum", "0".repeat(64))
        .with("_source_row", 2L)
        .with("_run_id", "test-run");
  }
}
