package org.corridor.api.store;

import org.springframework.stereotype.Component;

/**
 * The latest snapshot of {@code gold.indicator_observation}, as the observation endpoints see it.
 */
@Component
public class ObservationStore {
  private final GoldStore store;

  ObservationStore(GoldStore store) {
    this.store = store;
  }

  public ObservationSnapshot current() {
    return ObservationSnapshot.of(store.current(ObservationSnapshot.TABLE));
  }
}
