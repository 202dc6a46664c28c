package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

/** A Sustainable Development Goal, e.g. goal 10 (Reduce inequality within and among countries). */
public record SdgGoal(int number, String title) {
  public SdgGoal {
    requireNonNull(title, "title is null");
  }
}
