package org.corridor.api.store;

import io.delta.kernel.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.corridor.api.config.CorridorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the table when the application starts, then checks its latest version every refresh
 * interval and swaps in a new snapshot when the version changed. A failed check keeps the current
 * snapshot and is retried at the next interval.
 */
@Component
public class TablePoller implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(TablePoller.class);

  private final GoldTableReader reader;
  private final ObservationStore store;
  private final Duration interval;
  private ScheduledExecutorService executor;

  TablePoller(GoldTableReader reader, ObservationStore store, CorridorProperties properties) {
    this.reader = reader;
    this.store = store;
    this.interval = properties.refreshInterval();
  }

  @Override
  public synchronized void start() {
    log.info("Serving {} from {}", ObservationSnapshot.TABLE.qualifiedName(), reader.location());
    refreshQuietly();
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "corridor-table-poller");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::refreshQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Loads the table before the web server opens its port, so no request sees it unloaded. */
  @Override
  public int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
  }

  @Override
  public synchronized void stop() {
    executor.shutdownNow();
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  /**
   * Checks for a new version now and waits for the check. It runs on the poller's thread, so it
   * never overlaps a scheduled check; a failure is logged as a scheduled check's would be.
   */
  public void refreshNow() throws InterruptedException {
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
    }
    if (running == null) {
      throw new IllegalStateException("the table poller is not running");
    }
    try {
      running.submit(this::refreshQuietly).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the table check failed", e.getCause());
    }
  }

  /** Swaps in the latest version if it differs from the one served. */
  void refresh() {
    Optional<Snapshot> latest = reader.latest();
    long version = latest.map(Snapshot::getVersion).orElse(ObservationSnapshot.NO_TABLE);
    long served = store.current().version();
    if (version == served) {
      return;
    }
    if (latest.isEmpty()) {
      log.warn("{} no longer exists; serving no observations", reader.location());
      store.replace(ObservationSnapshot.empty());
      return;
    }
    long started = System.nanoTime();
    ObservationSnapshot next;
    try {
      next = reader.read(latest.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store.replace(next);
    log.info(
        "Loaded {} version {}: {} observations in {} ms",
        ObservationSnapshot.TABLE.qualifiedName(),
        version,
        next.rowCount(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /** A failure must not end the schedule: the next interval tries again. */
  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      log.error(
          "Cannot refresh {} from {}; still serving version {}",
          ObservationSnapshot.TABLE.qualifiedName(),
          reader.location(),
          store.current().version(),
          e);
    }
  }
}
