package org.corridor.api.indicator;

/** The two levels of the GFMD matrix that indicators are tagged with. */
enum RoundtableKind {
  ROUNDTABLE,
  SUB_THEME
}
