package org.corridor.warehouse.table;

/** Logical column types of Corridor tables; ETL maps them to Spark types, the API to its store. */
public enum ColumnType {
  STRING,
  INTEGER,
  LONG,
  DOUBLE,
  BOOLEAN,
  DATE,
  TIMESTAMP,
  /** A list of texts, e.g. the ISO3 codes an activity record mentions; empty rather than null. */
  STRING_LIST,
  /**
   * A list of whole numbers, e.g. the years an activity record mentions; empty rather than null.
   */
  INTEGER_LIST
}
