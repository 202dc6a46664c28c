package org.corridor.api.area;

/** Whether an area is a country (or territory) or an aggregate of countries. */
enum AreaKind {
  COUNTRY,
  AGGREGATE
}
