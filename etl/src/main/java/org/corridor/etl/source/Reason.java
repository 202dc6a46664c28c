package org.corridor.etl.source;

/** Named reasons a source row is quarantined; the quarantine table stores them by name. */
public enum Reason {
  UNKNOWN_AREA_CODE,
  /**
   * A name the publisher gives a total, region or residual ("World", "Other South"), not a country:
   * a true figure, but no country's fact.
   */
  NOT_A_COUNTRY,
  BAD_PERIOD,
  NON_NUMERIC_VALUE,
  NEGATIVE_VALUE,
  OUT_OF_RANGE_PERCENTAGE,
  MISSING_REQUIRED_FIELD,
  DUPLICATE_KEY,
  UNIT_MISMATCH,
  MALFORMED_RECORD,
  UNKNOWN_CLASSIFICATION,
  /** An RCP code that is not in Corridor's RCP list. */
  UNKNOWN_RCP,
  /** A GFMD, GCM or SDG tag that is not in its code list. */
  UNKNOWN_TAG,
  /** A value outside the few a column allows, such as a status or an activity column. */
  INVALID_VALUE,
  /** A value outside the code list its column allows (e.g. an answer a domain does not offer). */
  INVALID_CODE,
  /** A number outside its column's range (e.g. a policy domain 7, earnings of zero). */
  OUT_OF_RANGE_VALUE,
  /** A custom indicator's code that lacks the custom prefix or is a catalogue indicator's. */
  RESERVED_CODE,
  /** A custom indicator's expression that does not parse, or does not give what it is for. */
  INVALID_EXPRESSION,
  /** A custom indicator's expression naming a column its fact table does not have. */
  UNKNOWN_COLUMN;

  /** The reason as stored in quarantine, e.g. {@code BAD_PERIOD: target_year 30}. */
  public String with(String detail) {
    return name() + ": " + detail;
  }
}
