package org.corridor.warehouse.table;

import static org.corridor.warehouse.table.ColumnType.LONG;
import static org.corridor.warehouse.table.ColumnType.STRING;
import static org.corridor.warehouse.table.ColumnType.TIMESTAMP;
import static org.corridor.warehouse.table.Layer.AUDIT;
import static org.corridor.warehouse.table.TableBuilder.table;

import java.util.List;

/**
 * Audit tables: what each ETL run read, accepted, quarantined and committed. Kept as three flat
 * tables rather than one nested row, so a statistician can query them with plain SQL.
 */
public final class AuditTables {

  public static final TableSpec ETL_RUN =
      table(AUDIT, "etl_run")
          .grain("one row per ETL run")
          .required("run_id", STRING, "run identifier")
          .required("command", STRING, "CLI command that started the run")
          .required("started_at", TIMESTAMP, "start")
          .required("finished_at", TIMESTAMP, "end")
          .required("status", STRING, "SUCCEEDED, FAILED or NOTHING_TO_DO")
          .optional("message", STRING, "what went wrong, when it did")
          .optional(
              "model_version",
              STRING,
              "fingerprint of the code lists and catalogue the run built gold with")
          .key("run_id")
          .build();

  public static final TableSpec ETL_INPUT =
      table(AUDIT, "etl_input")
          .grain("one row per input file per run")
          .required("run_id", STRING, "run identifier")
          .required("source", STRING, "source format, e.g. wdi")
          .required("source_file", STRING, "file name")
          .required("source_checksum", STRING, "SHA-256 of the file")
          .required("status", STRING, "LOADED, SKIPPED_ALREADY_LOADED or REJECTED")
          .optional("message", STRING, "why a file was rejected")
          .required("rows_read", LONG, "rows (cells for wide layouts) read")
          .required("rows_accepted", LONG, "rows accepted into silver")
          .required("rows_quarantined", LONG, "rows sent to quarantine")
          .optional(
              "rows_not_applicable",
              LONG,
              "rows kept in bronze that hold nothing for silver (null in runs before 2026-11-23)")
          .key("run_id", "source_checksum")
          .build();

  public static final TableSpec ETL_COMMIT =
      table(AUDIT, "etl_commit")
          .grain("one row per table commit made by a run")
          .required("run_id", STRING, "run identifier")
          .required("table_name", STRING, "qualified table name")
          .required("table_version", LONG, "Delta version written")
          .required("operation", STRING, "MERGE, WRITE, ...")
          .required("rows_inserted", LONG, "rows inserted")
          .required("rows_updated", LONG, "rows updated")
          .required("rows_deleted", LONG, "rows deleted")
          .key("run_id", "table_name", "table_version")
          .build();

  private AuditTables() {}

  public static List<TableSpec> all() {
    return List.of(ETL_RUN, ETL_INPUT, ETL_COMMIT);
  }
}
