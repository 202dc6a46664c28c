package org.corridor.api.store;

import io.delta.kernel.Operation;
import io.delta.kernel.TableManager;
import io.delta.kernel.Transaction;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.transaction.DataLayoutSpec;
import io.delta.kernel.types.StructType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * Writes {@code gold.indicator_observation} with the Delta kernel's write API, one indicator
 * partition after the other, in Parquet files of at most {@link #ROWS_PER_FILE} rows, committed as
 * one version. Rows are arrays in the order of the spec's columns.
 */
public final class ObservationTableWriter {
  /** Small enough to keep one file's boxed rows in memory, large enough for few files. */
  static final int ROWS_PER_FILE = 500_000;

  private static final String ENGINE_INFO = "corridor-bench";
  private static final String PARTITION = "indicator";

  private final Engine engine = DefaultEngine.create(new Configuration());
  private final String location;
  private final Transaction transaction;
  private final Row state;
  private final StructType schema = KernelSchema.of(ObservationSnapshot.TABLE);
  private final int partitionIndex = schema.indexOf(PARTITION);
  private final List<Row> actions = new ArrayList<>();
  private final List<Object[]> pending = new ArrayList<>();
  private String pendingIndicator;

  private ObservationTableWriter(String location, Transaction transaction) {
    this.location = location;
    this.transaction = transaction;
    this.state = transaction.getTransactionState(engine);
  }

  /** A writer creating the table under a warehouse root, which must not hold it yet. */
  public static ObservationTableWriter creating(Path warehouse) {
    String location = location(warehouse);
    Engine engine = DefaultEngine.create(new Configuration());
    Transaction transaction =
        TableManager.buildCreateTableTransaction(
                location, KernelSchema.of(ObservationSnapshot.TABLE), ENGINE_INFO)
            .withDataLayoutSpec(
                DataLayoutSpec.partitioned(
                    ObservationSnapshot.TABLE.partitionColumns().stream()
                        .map(Column::new)
                        .toList()))
            .build(engine);
    return new ObservationTableWriter(location, transaction);
  }

  /** A writer appending rows to the table under a warehouse root. */
  public static ObservationTableWriter appending(Path warehouse) {
    String location = location(warehouse);
    Engine engine = DefaultEngine.create(new Configuration());
    Transaction transaction =
        TableManager.loadSnapshot(location)
            .build(engine)
            .buildUpdateTableTransaction(ENGINE_INFO, Operation.WRITE)
            .build(engine);
    return new ObservationTableWriter(location, transaction);
  }

  private static String location(Path warehouse) {
    return warehouse.resolve(ObservationSnapshot.TABLE.relativePath()).toString();
  }

  /** Adds one row; rows of one indicator must come together. */
  public void add(Object[] row) {
    String indicator = (String) row[partitionIndex];
    if (!indicator.equals(pendingIndicator) || pending.size() == ROWS_PER_FILE) {
      flush();
      pendingIndicator = indicator;
    }
    pending.add(row);
  }

  /** Writes what is pending and commits every file as one version; returns that version. */
  public long commit() {
    flush();
    return DataFileWrites.commit(engine, transaction, actions);
  }

  public String location() {
    return location;
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    ValuesBatch batch = ValuesBatch.ofArrays(schema, List.copyOf(pending));
    pending.clear();
    actions.addAll(
        DataFileWrites.write(
            engine, state, batch, Map.of(PARTITION, Literal.ofString(pendingIndicator))));
  }
}
