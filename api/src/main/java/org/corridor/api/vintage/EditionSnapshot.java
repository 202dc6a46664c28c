package org.corridor.api.vintage;

import org.corridor.api.store.TableSnapshot;
import org.springframework.http.ResponseEntity;

/**
 * A table as an edition holds it: the snapshot an answer is read from, and what the answer says
 * about where it came from.
 */
public record EditionSnapshot(Edition edition, TableSnapshot snapshot) {
  /** Response header naming the Delta version of the table an answer was read from. */
  public static final String TABLE_VERSION_HEADER = "X-Corridor-Table-Version";

  /** Response header naming the vintage, {@code latest}, or the instant asked for. */
  public static final String VINTAGE_HEADER = "X-Corridor-Vintage";

  /** A 200 answer carrying both headers. */
  public ResponseEntity.BodyBuilder ok() {
    return ResponseEntity.ok()
        .header(TABLE_VERSION_HEADER, Long.toString(snapshot.version()))
        .header(VINTAGE_HEADER, edition.label());
  }
}
