package org.corridor.etl.source;

import static java.util.Objects.requireNonNull;

/**
 * A record a reader could not even split into fields (a truncated line, an unclosed quote); it goes
 * to quarantine whole, with its line number and text.
 */
public record RejectedRecord(long row, String rawRecord, Reason reason, String detail) {
  public RejectedRecord {
    requireNonNull(rawRecord, "rawRecord is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(detail, "detail is null");
  }

  /** The reason as stored in quarantine, e.g. {@code MALFORMED_RECORD: 3 fields, expected 70}. */
  public String reasonText() {
    return reason.name() + ": " + detail;
  }
}
