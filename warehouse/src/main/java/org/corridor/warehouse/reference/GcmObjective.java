package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

/**
 * One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (GCM).
 *
 * @param shortLabel the label Corridor shows in tables, e.g. "remittances" for objective 20
 * @param title the objective as worded in the Compact
 */
public record GcmObjective(int number, String shortLabel, String title) {
  public GcmObjective {
    requireNonNull(shortLabel, "shortLabel is null");
    requireNonNull(title, "title is null");
  }
}
