package org.corridor.api.ops;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.corridor.api.config.CorridorProperties;
import org.corridor.api.store.ObservationSnapshot;
import org.springframework.stereotype.Component;

/**
 * What operations need to know of {@code gold.indicator_observation}'s Delta log, read through
 * Hadoop's file system as the store reads the table: whether the table exists, and when a version
 * was committed (its commit file's modification time).
 */
@Component
class TableLog {
  private final Path log;
  private final AtomicReference<Commit> lastCommit = new AtomicReference<>();

  private record Commit(long version, Optional<Instant> at) {}

  TableLog(CorridorProperties properties) {
    this.log = new Path(properties.tableLocation(ObservationSnapshot.TABLE), "_delta_log");
  }

  boolean tableExists() {
    try {
      return fileSystem().exists(log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for " + log, e);
    }
  }

  /** When the version was committed; empty for no table, or once log cleanup removed it. */
  Optional<Instant> committedAt(long version) {
    if (version == ObservationSnapshot.NO_TABLE) {
      return Optional.empty();
    }
    Commit known = lastCommit.get();
    if (known != null && known.version() == version) {
      return known.at();
    }
    Commit commit = new Commit(version, readCommitTime(version));
    lastCommit.set(commit);
    return commit.at();
  }

  private Optional<Instant> readCommitTime(long version) {
    Path file = new Path(log, String.format("%020d.json", version));
    try {
      return Optional.of(
          Instant.ofEpochMilli(fileSystem().getFileStatus(file).getModificationTime()));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the commit time of " + file, e);
    }
  }

  private FileSystem fileSystem() throws IOException {
    return log.getFileSystem(new Configuration());
  }
}
