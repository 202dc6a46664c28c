package org.corridor.etl.delta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.TableSpec;
import org.corridor.warehouse.table.VintageRules;

/**
 * The table properties that keep a pinned version of a table readable for as long as the warehouse
 * lives, set on every table a vintage pins before it is pinned. Delta 4.4, left to its defaults,
 * loses an old version in three ways:
 *
 * <ul>
 *   <li>at each checkpoint it deletes the log's commit files older than {@code
 *       delta.logRetentionDuration} (30 days), after which the versions before that checkpoint
 *       cannot be rebuilt; {@code delta.enableExpiredLogCleanup = false} turns that cleanup off
 *       (checked in {@code MetadataCleanup.doLogCleanup} against the table's current metadata);
 *   <li>it refuses to time-travel to a version older than {@code
 *       delta.deletedFileRetentionDuration} (a week; {@code SnapshotManagement}, under the internal
 *       setting {@code vacuum.enforceTimeTravelWithinDeletedFileRetentionDuration}, on by default);
 *   <li>a vacuum given any retention but 0 uses that same property instead ({@code
 *       vacuum.retentionWindowIgnore.enabled}, on by default), deleting files older versions read.
 * </ul>
 *
 * Both durations are therefore set to a century. Delta also requires the log's retention to be at
 * least the deleted files' one ({@code
 * vacuum.enforceDeletedFileAndLogRetentionDurationCompatibility}), so the two move together. {@link
 * TableMaintenance#vacuum} still reclaims the files no pinned version reads, by giving Delta an
 * explicit retention that covers them (see {@link PinnedFiles}).
 */
final class KeptHistory {
  /** Declared in the warehouse model: the API's kernel writer of vintages sets them too. */
  static final Map<String, String> PROPERTIES = VintageRules.KEPT_HISTORY;

  private final Warehouse warehouse;

  KeptHistory(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** Sets the properties the table lacks, in one commit; none when it has them all. */
  void keep(TableSpec table) {
    Row detail =
        io.delta.tables.DeltaTable.forPath(warehouse.spark(), warehouse.location(table))
            .detail()
            .first();
    Map<String, String> current = detail.getJavaMap(detail.fieldIndex("properties"));
    Map<String, String> missing = new LinkedHashMap<>();
    PROPERTIES.forEach(
        (key, value) -> {
          if (!value.equals(current.get(key))) {
            missing.put(key, value);
          }
        });
    if (!missing.isEmpty()) {
      warehouse
          .spark()
          .sql(
              "ALTER TABLE delta.`"
                  + warehouse.location(table)
                  + "` SET TBLPROPERTIES ("
                  + missing.entrySet().stream()
                      .map(e -> "'" + e.getKey() + "' = '" + e.getValue() + "'")
                      .collect(Collectors.joining(", "))
                  + ")");
    }
  }
}
