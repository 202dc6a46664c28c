package org.corridor.warehouse.table;

/** Logical column types of Corridor tables; ETL maps them to Spark types, the API to its store. */
public enum ColumnType {
  STRING,
  INTEGER,
  LONG,
  DOUBLE,
  BOOLEAN,
  DATE,
  TIMESTAMP
}
