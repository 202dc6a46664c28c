package org.corridor.api.store;

import static io.delta.kernel.internal.util.Utils.singletonCloseableIterator;
import static io.delta.kernel.internal.util.Utils.toCloseableIterator;

import io.delta.kernel.DataWriteContext;
import io.delta.kernel.Transaction;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.utils.CloseableIterable;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.DataFileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel's steps to write logical rows as the data files of a transaction and to commit them,
 * shared by every writer of a table here: the admin's vintages, the tests' fixtures and the
 * benchmark's generator.
 */
public final class DataFileWrites {
  private DataFileWrites() {}

  /**
   * Writes one partition's rows as Parquet files under the table and returns the actions that add
   * them, to be committed with others.
   *
   * @param state the transaction's state, {@link Transaction#getTransactionState}
   * @param partitionValues the partition's value of each partition column; empty when unpartitioned
   */
  public static List<Row> write(
      Engine engine, Row state, ColumnarBatch rows, Map<String, Literal> partitionValues) {
    try {
      CloseableIterator<FilteredColumnarBatch> physical =
          Transaction.transformLogicalData(
              engine,
              state,
              singletonCloseableIterator(new FilteredColumnarBatch(rows, Optional.empty())),
              partitionValues);
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

  /** Commits the actions as one version and returns it. */
  public static long commit(Engine engine, Transaction transaction, List<Row> actions) {
    return transaction
        .commit(engine, CloseableIterable.inMemoryIterable(toCloseableIterator(actions.iterator())))
        .getVersion();
  }
}
