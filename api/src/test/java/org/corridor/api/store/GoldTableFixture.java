package org.corridor.api.store;

import io.delta.kernel.Operation;
import io.delta.kernel.TableManager;
import io.delta.kernel.Transaction;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.internal.SnapshotImpl;
import io.delta.kernel.transaction.DataLayoutSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.corridor.warehouse.table.TableSpec;

/**
 * Writes a real gold (or served silver) Delta table with the kernel's write API, from hand-written
 * rows, partitioned as the spec says; no Spark involved.
 */
public final class GoldTableFixture {
  private static final String ENGINE_INFO = "corridor-api-tests";

  private final Engine engine = DefaultEngine.create(new Configuration());
  private final TableSpec table;
  private final Path location;

  private GoldTableFixture(TableSpec table, Path location) {
    this.table = table;
    this.location = location;
  }

  /** {@code gold.indicator_observation} under a warehouse root, where the API looks for it. */
  public static GoldTableFixture in(Path warehouse) {
    return in(warehouse, ObservationSnapshot.TABLE);
  }

  /** A table under a warehouse root, where the API looks for it. */
  public static GoldTableFixture in(Path warehouse, TableSpec table) {
    return new GoldTableFixture(table, warehouse.resolve(table.relativePath()));
  }

  /**
   * Sets the time a version was committed, which is its commit file's modification time while the
   * table has no in-commit timestamps, so that tests can ask for an instant between two commits.
   */
  public void backdate(long version, Instant committed) {
    Path commit = location.resolve("_delta_log").resolve(String.format("%020d.json", version));
    try {
      Files.setLastModifiedTime(commit, FileTime.from(committed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the table with the given rows; returns the committed version, 0. */
  public long create(List<GoldRow> rows) {
    Transaction transaction =
        TableManager.buildCreateTableTransaction(
                location.toString(), KernelSchema.of(table), ENGINE_INFO)
            .withDataLayoutSpec(layout())
            .build(engine);
    return commit(transaction, rows);
  }

  /** Appends rows to the existing table; returns the committed version. */
  public long append(List<GoldRow> rows) {
    Transaction transaction =
        TableManager.loadSnapshot(location.toString())
            .build(engine)
            .buildUpdateTableTransaction(ENGINE_INFO, Operation.WRITE)
            .build(engine);
    return commit(transaction, rows);
  }

  /**
   * Replaces every row of the existing table with the given ones; returns the committed version.
   */
  public long replace(List<GoldRow> rows) {
    // The kernel builds a replace only from its internal snapshot class so far.
    SnapshotImpl current =
        (SnapshotImpl) TableManager.loadSnapshot(location.toString()).build(engine);
    Transaction transaction =
        current
            .buildReplaceTableTransaction(KernelSchema.of(table), ENGINE_INFO)
            .withDataLayoutSpec(layout())
            .build(engine);
    return commit(transaction, rows);
  }

  private long commit(Transaction transaction, List<GoldRow> rows) {
    Row state = transaction.getTransactionState(engine);
    List<Row> actions = new ArrayList<>();
    for (Map.Entry<Map<String, String>, List<GoldRow>> partition : byPartition(rows).entrySet()) {
      actions.addAll(write(state, partition.getKey(), partition.getValue()));
    }
    return DataFileWrites.commit(engine, transaction, actions);
  }

  private DataLayoutSpec layout() {
    return table.partitionColumns().isEmpty()
        ? DataLayoutSpec.noDataLayout()
        : DataLayoutSpec.partitioned(table.partitionColumns().stream().map(Column::new).toList());
  }

  private List<Row> write(Row state, Map<String, String> partition, List<GoldRow> rows) {
    Map<String, Literal> partitionValues = new LinkedHashMap<>();
    partition.forEach((column, value) -> partitionValues.put(column, Literal.ofString(value)));
    return DataFileWrites.write(
        engine,
        state,
        ValuesBatch.of(KernelSchema.of(table), rows.stream().map(GoldRow::values).toList()),
        partitionValues);
  }

  /** Rows by their partition values; partition columns are STRING columns in every gold table. */
  private Map<Map<String, String>, List<GoldRow>> byPartition(List<GoldRow> rows) {
    Map<Map<String, String>, List<GoldRow>> partitions = new LinkedHashMap<>();
    for (GoldRow row : rows) {
      if (!row.table().equals(table)) {
        throw new IllegalArgumentException(
            "a row of " + row.table().qualifiedName() + " written to " + table.qualifiedName());
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String column : table.partitionColumns()) {
        values.put(column, (String) row.value(column));
      }
      partitions.computeIfAbsent(values, k -> new ArrayList<>()).add(row);
    }
    return partitions;
  }
}
