package org.corridor.warehouse.table;

import static org.corridor.warehouse.table.Column.required;
import static org.corridor.warehouse.table.ColumnType.LONG;
import static org.corridor.warehouse.table.ColumnType.STRING;
import static org.corridor.warehouse.table.ColumnType.TIMESTAMP;

import java.util.List;

/** The lineage columns every bronze and silver row carries, so each fact leads back to its file. */
public final class Lineage {
  public static final String SOURCE_FILE = "_source_file";
  public static final String SOURCE_CHECKSUM = "_source_checksum";
  public static final String SOURCE_ROW = "_source_row";
  public static final String RUN_ID = "_run_id";
  public static final String INGESTED_AT = "_ingested_at";

  private Lineage() {}

  /** Lineage of a silver row: the file, its checksum, the row in it and the run that loaded it. */
  public static List<Column> silver() {
    return List.of(
        required(SOURCE_FILE, STRING, "file name the row was read from"),
        required(SOURCE_CHECKSUM, STRING, "SHA-256 of the file's bytes"),
        required(SOURCE_ROW, LONG, "1-based physical line (or sheet row) in the file"),
        required(RUN_ID, STRING, "ETL run that loaded the row"));
  }

  /** Lineage of a bronze row: the silver lineage plus the time of ingestion. */
  public static List<Column> bronze() {
    return concat(silver(), List.of(required(INGESTED_AT, TIMESTAMP, "when the row was ingested")));
  }

  static List<Column> concat(List<Column> first, List<Column> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
