package org.corridor.api.store;

import io.delta.kernel.DataWriteContext;
import io.delta.kernel.Operation;
import io.delta.kernel.TableManager;
import io.delta.kernel.Transaction;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.transaction.DataLayoutSpec;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterable;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.DataFileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.corridor.warehouse.table.TableSpec;

/**
 * Writes a real {@code gold.indicator_observation} Delta table with the kernel's write API, from
 * hand-written rows, partitioned as the spec says; no Spark involved.
 */
public final class GoldTableFixture {
  private static final String ENGINE_INFO = "corridor-api-tests";
  private static final TableSpec TABLE = ObservationSnapshot.TABLE;

  private final Engine engine = DefaultEngine.create(new Configuration());
  private final String location;

  private GoldTableFixture(String location) {
    this.location = location;
  }

  /** The table under a warehouse root, where the API looks for it. */
  public static GoldTableFixture in(Path warehouse) {
    return new GoldTableFixture(warehouse.resolve(TABLE.relativePath()).toString());
  }

  /** Creates the table with the given rows; returns the committed version, 0. */
  public long create(List<GoldRow> rows) {
    Transaction transaction =
        TableManager.buildCreateTableTransaction(location, KernelSchema.of(TABLE), ENGINE_INFO)
            .withDataLayoutSpec(
                DataLayoutSpec.partitioned(
                    TABLE.partitionColumns().stream().map(Column::new).toList()))
            .build(engine);
    return commit(transaction, rows);
  }

  /** Appends rows to the existing table; returns the committed version. */
  public long append(List<GoldRow> rows) {
    Transaction transaction =
        TableManager.loadSnapshot(location)
            .build(engine)
            .buildUpdateTableTransaction(ENGINE_INFO, Operation.WRITE)
            .build(engine);
    return commit(transaction, rows);
  }

  private long commit(Transaction transaction, List<GoldRow> rows) {
    Row state = transaction.getTransactionState(engine);
    List<Row> actions = new ArrayList<>();
    for (Map.Entry<String, List<GoldRow>> partition : byIndicator(rows).entrySet()) {
      actions.addAll(write(state, partition.getKey(), partition.getValue()));
    }
    return transaction
        .commit(engine, CloseableIterable.inMemoryIterable(closeable(actions.iterator())))
        .getVersion();
  }

  private List<Row> write(Row state, String indicator, List<GoldRow> rows) {
    StructType schema = KernelSchema.of(TABLE);
    Map<String, Literal> partitionValues = Map.of("indicator", Literal.ofString(indicator));
    FilteredColumnarBatch batch =
        new FilteredColumnarBatch(
            ValuesBatch.of(schema, rows.stream().map(GoldRow::values).toList()), Optional.empty());
    try {
      CloseableIterator<FilteredColumnarBatch> physical =
          Transaction.transformLogicalData(
              engine, state, closeable(List.of(batch).iterator()), partitionValues);
      DataWriteContext context = Transaction.getWriteContext(engine, state, partitionValues);
      CloseableIterator<DataFileStatus> files =
          engine
              .getParquetHandler()
              .writeParquetFiles(
                  context.getTargetDirectory(), physical, context.getStatisticsColumns());
      return Transaction.generateAppendActions(engine, state, files, context).toInMemoryList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<GoldRow>> byIndicator(List<GoldRow> rows) {
    Map<String, List<GoldRow>> partitions = new TreeMap<>();
    for (GoldRow row : rows) {
      partitions.computeIfAbsent((String) row.value("indicator"), k -> new ArrayList<>()).add(row);
    }
    return partitions;
  }

  private static <T> CloseableIterator<T> closeable(Iterator<T> iterator) {
    return new CloseableIterator<>() {
      @Override
      public boolean hasNext() {
        return iterator.hasNext();
      }

      @Override
      public T next() {
        return iterator.next();
      }

      @Override
      public void close() {}
    };
  }
}
