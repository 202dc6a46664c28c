package org.corridor.api.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.ObservationStore;
import org.springframework.stereotype.Component;

/**
 * Gauges of the served snapshot: its rows, the heap bytes they take, and its age, the seconds since
 * its Delta version was committed. The age grows when the ETL stops writing or the poller stops
 * loading, either of which leaves dashboards on stale figures.
 */
@Component
class StoreMetrics implements MeterBinder {
  private final ObservationStore store;
  private final TableLog log;
  private final Clock clock = Clock.systemUTC();

  StoreMetrics(ObservationStore store, TableLog log) {
    this.store = store;
    this.log = log;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("corridor.store.rows", store, s -> s.current().rowCount())
        .description("Rows of " + ObservationSnapshot.TABLE.qualifiedName() + " served")
        .register(registry);
    // Named so that Prometheus, appending the unit, calls it corridor_store_bytes; divided by the
    // rows it gives the bytes an observation takes.
    Gauge.builder("corridor.store", store, s -> s.current().table().sizeInBytes())
        .description("Heap bytes the served rows take, counted from the store's arrays")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("corridor.snapshot.age", this, StoreMetrics::ageSeconds)
        .description("Seconds since the served table version was committed; NaN without one")
        .baseUnit("seconds")
        .register(registry);
  }

  private double ageSeconds() {
    return log.committedAt(store.current().version())
        .map(at -> Duration.between(at, clock.instant()).toMillis() / 1000.0)
        .orElse(Double.NaN);
  }
}
