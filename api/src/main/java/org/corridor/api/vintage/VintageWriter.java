package org.corridor.api.vintage;

import io.delta.kernel.Operation;
import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.Transaction;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.ConcurrentWriteException;
import io.delta.kernel.exceptions.MaxCommitRetryLimitReachedException;
import io.delta.kernel.exceptions.TableAlreadyExistsException;
import io.delta.kernel.exceptions.TableNotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corridor.api.config.CorridorProperties;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.DataFileWrites;
import org.corridor.api.store.KernelSchema;
import org.corridor.api.store.TableHistory;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;
import org.corridor.warehouse.table.VintageRules;
import org.springframework.stereotype.Component;

/**
 * Creates vintages with the Delta kernel, as the ETL's {@code corridor vintage create} does with
 * Spark: pins the latest version of every gold table that exists, after setting the properties that
 * keep it readable, by appending one row per table to {@code gold.vintage}.
 *
 * <p>A name is taken once. Two creations racing for a name both check it, and both commit their
 * rows on top of the version of {@code gold.vintage} they checked, with no retry by the kernel:
 * Delta lets one commit win, the other finds the version taken, re-checks the name against the new
 * version and either gives up (the name is now taken) or tries again.
 *
 * <p>The kernel's post-commit hooks (checkpoint, checksum file) are not run: a vintage adds one
 * commit to each table at most, and the ETL's next Spark write checkpoints the table as usual.
 */
@Component
public class VintageWriter {
  /** Names the API as the writer in each commit's {@code engineInfo}. */
  static final String ENGINE_INFO = "corridor-api";

  /** Commits of one vintage's rows that may lose a race to other vintages before giving up. */
  static final int ATTEMPTS = 5;

  private final Engine engine;
  private final CorridorProperties properties;
  private final TableHistory history;
  private final KeptHistory keptHistory;

  VintageWriter(Engine engine, CorridorProperties properties, TableHistory history) {
    this.engine = engine;
    this.properties = properties;
    this.history = history;
    this.keptHistory = new KeptHistory(engine, ENGINE_INFO);
  }

  /**
   * Pins the latest version of every gold table that exists under {@code name}.
   *
   * @param note a free note, or null
   * @return the vintage as {@code gold.vintage} now holds it
   */
  public VintageEntry create(String name, String note) {
    if (name == null || !VintageRules.NAME.matcher(name).matches()) {
      throw ApiErrors.invalidVintageName(name, VintageRules.NAME.pattern());
    }
    Optional<Snapshot> checked = latest(GoldTables.VINTAGE);
    requireFree(name, checked);
    Map<String, Long> versions = pin();
    // A Delta timestamp keeps microseconds: the vintage answered is the one read back.
    Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    ColumnarBatch rows = VintageRows.of(name, createdAt, note, versions);
    for (int attempt = 1; ; attempt++) {
      try {
        append(checked, rows);
        return new VintageEntry(
            name, createdAt.toString(), note, Collections.unmodifiableMap(versions));
      } catch (ConcurrentWriteException
          | MaxCommitRetryLimitReachedException
          | TableAlreadyExistsException e) {
        checked = latest(GoldTables.VINTAGE);
        requireFree(name, checked);
        if (attempt == ATTEMPTS) {
          throw new IllegalStateException(
              "gold.vintage changed under each of " + ATTEMPTS + " attempts to add " + name, e);
        }
      }
    }
  }

  /** Keeps the history of every pinnable table that exists, and answers the versions to pin. */
  private Map<String, Long> pin() {
    Map<String, Long> versions = new LinkedHashMap<>();
    for (TableSpec table : VintageRules.pinnable()) {
      latest(table)
          .ifPresent(snapshot -> versions.put(table.qualifiedName(), keepHistory(table, snapshot)));
    }
    if (versions.isEmpty()) {
      throw ApiErrors.nothingToPin(
          VintageRules.pinnable().stream().map(TableSpec::qualifiedName).toList());
    }
    return versions;
  }

  /**
   * Keeps a table's history and answers the version to pin. Another writer may change the table's
   * metadata between the read and the commit, e.g. a creation racing this one setting the same
   * properties; Delta then refuses the commit, and the properties are set again on top of its.
   */
  long keepHistory(TableSpec table, Snapshot snapshot) {
    try {
      return keptHistory.keep(snapshot);
    } catch (ConcurrentWriteException e) {
      return keptHistory.keep(latest(table).orElseThrow());
    }
  }

  private void requireFree(String name, Optional<Snapshot> vintages) {
    if (vintages.isEmpty()) {
      return;
    }
    TableSnapshot rows = history.atVersion(GoldTables.VINTAGE, vintages.get().getVersion());
    TextColumn names = rows.text("name");
    for (int row = 0; row < rows.rowCount(); row++) {
      if (name.equals(names.value(row))) {
        throw ApiErrors.vintageExists(name);
      }
    }
  }

  /**
   * Commits the rows on top of the version of {@code gold.vintage} checked, creating the table if
   * there was none; fails rather than commit on top of any other version.
   */
  void append(Optional<Snapshot> checked, ColumnarBatch rows) {
    String location = properties.tableLocation(GoldTables.VINTAGE);
    Transaction transaction =
        checked.isPresent()
            ? checked
                .get()
                .buildUpdateTableTransaction(ENGINE_INFO, Operation.WRITE)
                .withMaxRetries(0)
                .build(engine)
            : TableManager.buildCreateTableTransaction(
                    location, KernelSchema.of(GoldTables.VINTAGE), ENGINE_INFO)
                .withMaxRetries(0)
                .build(engine);
    Row state = transaction.getTransactionState(engine);
    DataFileWrites.commit(engine, transaction, DataFileWrites.write(engine, state, rows, Map.of()));
  }

  /** The latest snapshot of a table, empty while it does not exist. */
  Optional<Snapshot> latest(TableSpec table) {
    try {
      return Optional.of(TableManager.loadSnapshot(properties.tableLocation(table)).build(engine));
    } catch (TableNotFoundException e) {
      return Optional.empty();
    }
  }
}
