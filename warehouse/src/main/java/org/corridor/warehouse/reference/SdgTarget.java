package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

/**
 * An SDG target, e.g. 10.c (reduce the transaction costs of migrant remittances).
 *
 * @param code the official code: goal number, a dot and a number or letter
 * @param goal number of the goal the target belongs to
 */
public record SdgTarget(String code, int goal, String title) {
  public SdgTarget {
    requireNonNull(code, "code is null");
    requireNonNull(title, "title is null");
  }
}
