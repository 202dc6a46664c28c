package org.corridor.etl.source;

/** Named reasons a source row is quarantined; the quarantine table stores them by name. */
public enum Reason {
  UNKNOWN_AREA_CODE,
  BAD_PERIOD,
  NON_NUMERIC_VALUE,
  NEGATIVE_VALUE,
  OUT_OF_RANGE_PERCENTAGE,
  MISSING_REQUIRED_FIELD,
  DUPLICATE_KEY,
  UNIT_MISMATCH,
  MALFORMED_RECORD,
  /** A value outside the code list its column allows (e.g. an answer a domain does not offer). */
  INVALID_CODE,
  /** A number outside its column's range (e.g. a policy domain 7, earnings of zero). */
  OUT_OF_RANGE_VALUE
}
