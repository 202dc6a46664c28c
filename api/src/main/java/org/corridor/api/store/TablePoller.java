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
import org.corridor.warehouse.table.TableSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads every served table (see {@link GoldStore#tables()}) when the application starts, then
 * checks each one's latest version every refresh interval and swaps in a new snapshot when the
 * version changed. A failed check keeps that table's current snapshot and is retried at the next
 * interval.
 */
@Component
public class TablePoller implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(TablePoller.class);

  private final GoldTableReader reader;
  private final GoldStore store;
  private final Duration interval;
  private ScheduledExecutorService executor;

  TablePoller(GoldTableReader reader, GoldStore store, CorridorProperties properties) {
    this.reader = reader;
    this.store = store;
    this.interval = properties.refreshInterval();
  }

  @Override
  public synchronized void start() {
    for (TableSpec table : GoldStore.tables()) {
      log.info("Serving {} from {}", table.qualifiedName(), reader.location(table));
    }
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

  /** Swaps in the latest version of a table if it differs from the one served. */
  private void refresh(TableSpec table) {
    Optional<Snapshot> latest = reader.latest(table);
    long version = latest.map(Snapshot::getVersion).orElse(TableSnapshot.NO_TABLE);
    long served = store.current(table).version();
    if (version == served) {
      return;
    }
    if (latest.isEmpty()) {
      log.warn("{} no longer exists; serving no rows of it", reader.location(table));
      store.replace(TableSnapshot.empty(table));
      return;
    }
    long started = System.nanoTime();
    TableSnapshot next;
    try {
      next = reader.read(table, latest.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store.replace(next);
    log.info(
        "Loaded {} version {}: {} rows in {} ms",
        table.qualifiedName(),
        version,
        next.rowCount(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /** A failure must not end the schedule, nor keep the other tables from refreshing. */
  private void refreshQuietly() {
    for (TableSpec table : GoldStore.tables()) {
      try {
        refresh(table);
      } catch (RuntimeException e) {
        log.error(
            "Cannot refresh {} from {}; still serving version {}",
            table.qualifiedName(),
            reader.location(table),
            store.current(table).version(),
            e);
      }
    }
  }
}
