package org.corridor.api.store;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Holds the snapshot of {@code gold.indicator_observation} being served. A request takes one
 * snapshot and answers from it alone, so a swap to a newer version never mixes two versions.
 */
@Component
public class ObservationStore {
  private final AtomicReference<ObservationSnapshot> current =
      new AtomicReference<>(ObservationSnapshot.empty());

  public ObservationSnapshot current() {
    return current.get();
  }

  void replace(ObservationSnapshot next) {
    current.set(next);
  }
}
