package org.corridor.api.store;

import io.delta.kernel.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corridor.warehouse.table.TableSpec;
import org.springframework.stereotype.Component;

/**
 * Earlier versions of the gold tables, for answers about a vintage or an instant. The few versions
 * asked for last are kept in memory, so that a client paging through a vintage reads it once; a
 * version not asked for a while is dropped, so memory stays bounded whatever is asked.
 */
@Component
public class TableHistory {
  /** Versions kept in memory; each is a whole copy of a table. */
  static final int CACHED_VERSIONS = 4;

  private final GoldTableReader reader;
  private final GoldStore latest;
  private final Map<VersionKey, TableSnapshot> cache =
      new LinkedHashMap<>(CACHED_VERSIONS + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<VersionKey, TableSnapshot> eldest) {
          return size() > CACHED_VERSIONS;
        }
      };

  TableHistory(GoldTableReader reader, GoldStore latest) {
    this.reader = reader;
    this.latest = latest;
  }

  private record VersionKey(TableSpec table, long version) {}

  /**
   * A table at a version; {@link TableSnapshot#NO_TABLE} gives the empty table. The version served
   * as latest is taken from memory rather than read again.
   */
  public TableSnapshot atVersion(TableSpec table, long version) {
    TableSnapshot current = latest.current(table);
    if (version == current.version()) {
      return current;
    }
    if (version == TableSnapshot.NO_TABLE) {
      return TableSnapshot.empty(table);
    }
    VersionKey key = new VersionKey(table, version);
    synchronized (cache) {
      TableSnapshot cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    TableSnapshot read = read(table, reader.atVersion(table, version));
    synchronized (cache) {
      cache.put(key, read);
    }
    return read;
  }

  /** The version a table was at an instant, {@link TableSnapshot#NO_TABLE} before it existed. */
  public long versionAsOf(TableSpec table, Instant instant) {
    Optional<Long> version = reader.versionAsOf(table, instant);
    return version.orElse(TableSnapshot.NO_TABLE);
  }

  private TableSnapshot read(TableSpec table, Snapshot snapshot) {
    try {
      return reader.read(table, snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
