package org.corridor.api.store;

import io.delta.kernel.Snapshot;
import io.delta.kernel.defaults.engine.DefaultEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.corridor.api.config.CorridorProperties;

/**
 * Loads {@code gold.indicator_observation} the way the API's poller does, without Spring; in the
 * store's package because its reader is package-private.
 */
public final class SnapshotLoader {
  private final GoldTableReader reader;

  private SnapshotLoader(GoldTableReader reader) {
    this.reader = reader;
  }

  /** A loader of the tables under a warehouse root. */
  public static SnapshotLoader of(Path warehouse) {
    return new SnapshotLoader(
        new GoldTableReader(
            DefaultEngine.create(new Configuration()),
            new CorridorProperties(warehouse.toString(), Duration.ofSeconds(5))));
  }

  /** Reads the latest version of the observation table into a new snapshot. */
  public ObservationSnapshot loadLatest() throws IOException {
    Snapshot latest =
        reader
            .latest(ObservationSnapshot.TABLE)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no table at " + reader.location(ObservationSnapshot.TABLE)));
    return ObservationSnapshot.of(reader.read(ObservationSnapshot.TABLE, latest));
  }
}
