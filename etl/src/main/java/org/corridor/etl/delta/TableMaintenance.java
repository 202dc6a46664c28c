package org.corridor.etl.delta;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.TableSpec;

/**
 * Housekeeping of a warehouse's Delta tables. Every run commits small files (a run's slice of a
 * table is often a few kilobytes), so tables are compacted now and then; the files compaction and
 * overwrites leave behind stay on disk, for time travel, until they are vacuumed.
 */
public final class TableMaintenance {
  /** Delta's default retention; vacuuming younger files breaks time travel to recent versions. */
  public static final double DEFAULT_RETAIN_HOURS = 168;

  private static final String RETENTION_CHECK =
      "spark.databricks.delta.retentionDurationCheck.enabled";

  private static final String RETENTION_IGNORED =
      "spark.databricks.delta.vacuum.retentionWindowIgnore.enabled";

  private final Warehouse warehouse;

  public TableMaintenance(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** What compaction did to one table. */
  public record Compaction(TableSpec table, long filesRemoved, long filesAdded) {}

  /**
   * Data files on disk before and after a vacuum, and the retention it kept: the one asked for, or
   * longer where a vintage needs older files, naming the vintage.
   */
  public record Vacuum(
      TableSpec table,
      long filesBefore,
      long filesAfter,
      double retainedHours,
      Optional<String> keptForVintage) {}

  /**
   * Rewrites the table's small files into fewer large ones (Delta OPTIMIZE); rows are unchanged.
   */
  public Compaction optimize(TableSpec spec) {
    Row metrics =
        DeltaTable.forPath(warehouse.spark(), warehouse.location(spec))
            .optimize()
            .executeCompaction()
            .select("metrics.numFilesRemoved", "metrics.numFilesAdded")
            .first();
    return new Compaction(spec, metrics.getLong(0), metrics.getLong(1));
  }

  /**
   * Deletes data files no version younger than {@code retainHours} needs, and no version a vintage
   * pins: where a vintage reads older files the retention is widened to cover them (see {@link
   * PinnedFiles}).
   *
   * <p>Delta 4 would otherwise ignore any retention but 0 and use the table's {@code
   * delta.deletedFileRetentionDuration} instead, and its safety check refuses a retention below
   * that property, which a vintage sets to a century (see {@link KeptHistory}). Both are lifted for
   * this call only: the retention given is the one the caller asked for explicitly, or wider.
   */
  public Vacuum vacuum(TableSpec spec, double retainHours) {
    Optional<PinnedFiles.Oldest> pinned = new PinnedFiles(warehouse).oldest(spec);
    double retained =
        Math.max(retainHours, pinned.map(p -> p.retainHours(Instant.now())).orElse(0.0));
    long before = dataFiles(spec);
    var conf = warehouse.spark().conf();
    Map<String, String> previous = new LinkedHashMap<>();
    for (String setting : List.of(RETENTION_CHECK, RETENTION_IGNORED)) {
      previous.put(setting, conf.get(setting, "true"));
      conf.set(setting, "false");
    }
    try {
      DeltaTable.forPath(warehouse.spark(), warehouse.location(spec)).vacuum(retained);
    } finally {
      previous.forEach(conf::set);
    }
    return new Vacuum(
        spec,
        before,
        dataFiles(spec),
        retained,
        retained > retainHours ? pinned.map(PinnedFiles.Oldest::vintage) : Optional.empty());
  }

  private long dataFiles(TableSpec spec) {
    org.apache.hadoop.fs.Path location = new org.apache.hadoop.fs.Path(warehouse.location(spec));
    try {
      FileSystem fs =
          location.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
      long files = 0;
      RemoteIterator<LocatedFileStatus> listing = fs.listFiles(location, true);
      while (listing.hasNext()) {
        org.apache.hadoop.fs.Path file = listing.next().getPath();
        // Checkpoints in the log are Parquet too, but they are not data.
        if (file.getName().endsWith(".parquet") && !file.toString().contains("/_delta_log/")) {
          files++;
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + location, e);
    }
  }
}
