package org.corridor.api.vintage;

import java.time.Instant;

/**
 * Which version of the data an answer is read from: the latest, a named vintage, or the tables as
 * they were at an instant.
 *
 * @param vintage the vintage's name, or null
 * @param asOf the instant, or null
 */
public record Edition(String vintage, Instant asOf) {
  /** What {@link #label()} says for the latest data. */
  public static final String LATEST = "latest";

  public Edition {
    if (vintage != null && asOf != null) {
      throw new IllegalArgumentException("an edition is a vintage or an instant, not both");
    }
  }

  static Edition latest() {
    return new Edition(null, null);
  }

  /**
   * The vintage's name, {@value #LATEST}, or the instant in ISO-8601; vintage names have no {@code
   * :}, so an instant never reads as a name.
   */
  public String label() {
    if (vintage != null) {
      return vintage;
    }
    return asOf == null ? LATEST : asOf.toString();
  }
}
