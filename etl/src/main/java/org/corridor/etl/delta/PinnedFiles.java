package org.corridor.etl.delta;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.corridor.etl.EtlErrors;
import org.corridor.warehouse.table.TableSpec;

/**
 * The data files the vintages' pinned versions of a table read, as far as vacuum must keep them.
 *
 * <p>Vacuum deletes only files last modified before its horizon ({@code now - retention}), whether
 * a removed file is still tracked by a tombstone or no longer is: Delta drops tombstones from the
 * table state after {@code delta.deletedFileRetentionDuration} (a week), and files they named are
 * then untracked. Keeping the commit time of a pinned version inside the horizon would therefore
 * not be enough, since that version also reads files written long before it; keeping the oldest
 * file it reads inside the horizon is.
 */
final class PinnedFiles {
  /** Margin for the clocks of the machine and of the file store, and vacuum's own start time. */
  private static final Duration MARGIN = Duration.ofHours(1);

  private final Warehouse warehouse;

  PinnedFiles(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** The oldest file a vintage needs, and the vintage: what vacuum's retention must cover. */
  record Oldest(String vintage, Instant modified) {

    /**
     * Whole hours from {@code now} back past the file; whole because Delta rounds a vacuum's
     * retention to hours, which could otherwise round the file out of it.
     */
    double retainHours(Instant now) {
      Duration age = Duration.between(modified, now).plus(MARGIN);
      return Math.ceil(age.toMillis() / (double) Duration.ofHours(1).toMillis());
    }
  }

  /** The oldest data file any vintage's version of the table reads; empty when none pins it. */
  Optional<Oldest> oldest(TableSpec table) {
    // Successive vintages mostly read the same files: each is looked up once.
    Map<String, String> vintageOfFile = new LinkedHashMap<>();
    for (Vintages.PinnedVersion pinned : new Vintages(warehouse).pinnedVersions(table)) {
      for (String file : warehouse.readVersion(table, pinned.version()).inputFiles()) {
        vintageOfFile.putIfAbsent(file, pinned.vintage());
      }
    }
    Oldest oldest = null;
    for (Map.Entry<String, String> file : vintageOfFile.entrySet()) {
      Instant modified = modified(new Path(file.getKey()), file.getValue(), table);
      if (oldest == null || modified.isBefore(oldest.modified())) {
        oldest = new Oldest(file.getValue(), modified);
      }
    }
    return Optional.ofNullable(oldest);
  }

  private Instant modified(Path file, String vintage, TableSpec table) {
    try {
      FileSystem fs = file.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
      return Instant.ofEpochMilli(fs.getFileStatus(file).getModificationTime());
    } catch (FileNotFoundException e) {
      throw EtlErrors.unreadableVintage(vintage, table.qualifiedName(), file + " is missing");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the status of " + file, e);
    }
  }
}
