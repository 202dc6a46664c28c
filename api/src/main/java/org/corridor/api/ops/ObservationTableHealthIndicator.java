package org.corridor.api.ops;

import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.ObservationStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the served table, as component {@code observationTable}: the Delta version and rows
 * served. Out of service while the table exists but no version of it is loaded (the first load
 * failed, e.g. an unreadable log), so readiness keeps traffic away from an API that would answer
 * empty lists. A warehouse without the table yet is up: empty answers are then the truth.
 */
@Component
class ObservationTableHealthIndicator implements HealthIndicator {
  private final ObservationStore store;
  private final TableLog log;

  ObservationTableHealthIndicator(ObservationStore store, TableLog log) {
    this.store = store;
    this.log = log;
  }

  @Override
  public Health health() {
    ObservationSnapshot snapshot = store.current();
    Health.Builder health =
        snapshot.version() == ObservationSnapshot.NO_TABLE && log.tableExists()
            ? Health.outOfService()
                .withDetail("reason", "the table exists but no version of it is loaded yet")
            : Health.up();
    health
        .withDetail("table", ObservationSnapshot.TABLE.qualifiedName())
        .withDetail("tableVersion", snapshot.version())
        .withDetail("rows", snapshot.rowCount());
    log.committedAt(snapshot.version())
        .ifPresent(at -> health.withDetail("committedAt", at.toString()));
    return health.build();
  }
}
