package org.corridor.api.store;

import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.utils.CloseableIterator;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Decodes a table's data files on background threads while the calling thread takes the decoded
 * batches in turn: decoding Parquet is half the work of a load, and the files of a table
 * partitioned by indicator are independent.
 */
final class DataFileReads {
  /** Batches decoded ahead of the caller; each holds about a thousand rows. */
  private static final int BATCHES_AHEAD = 64;

  private static final Object FILES_DONE = new Object();

  /** Opens one data file as the logical batches of its selected rows. */
  interface FileOpener {
    CloseableIterator<FilteredColumnarBatch> open(Row scanFile) throws IOException;
  }

  private record Failure(Throwable cause) {}

  private final int threads;

  private DataFileReads(int threads) {
    this.threads = threads;
  }

  /**
   * A background thread per core, up to four: decoding takes about twice the caller's work on the
   * decoded batches, so the caller waits for them more than the cores wait for the caller.
   */
  static DataFileReads forAvailableCores() {
    return new DataFileReads(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  /** Hands every batch of every file to {@code sink}, on the calling thread, in no set order. */
  void forEachBatch(List<Row> scanFiles, FileOpener opener, Consumer<FilteredColumnarBatch> sink)
      throws IOException {
    BlockingQueue<Object> decoded = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    AtomicInteger nextFile = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, DataFileReads::daemon);
    try {
      for (int thread = 0; thread < threads; thread++) {
        pool.execute(() -> decode(scanFiles, nextFile, opener, decoded));
      }
      int finished = 0;
      while (finished < threads) {
        Object next = decoded.take();
        if (next == FILES_DONE) {
          finished++;
        } else if (next instanceof Failure failure) {
          throw rethrown(failure.cause());
        } else {
          sink.accept((FilteredColumnarBatch) next);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading data files", e);
    } finally {
      // Stops the decoders when the caller gave up early; they are idle otherwise.
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "gold-file-read");
    thread.setDaemon(true);
    return thread;
  }

  private static void decode(
      List<Row> scanFiles,
      AtomicInteger nextFile,
      FileOpener opener,
      BlockingQueue<Object> decoded) {
    try {
      for (int file = nextFile.getAndIncrement();
          file < scanFiles.size();
          file = nextFile.getAndIncrement()) {
        try (CloseableIterator<FilteredColumnarBatch> batches = opener.open(scanFiles.get(file))) {
          while (batches.hasNext()) {
            decoded.put(batches.next());
          }
        }
      }
      decoded.put(FILES_DONE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      fail(decoded, e);
    }
  }

  /** Hands a failure over; the caller takes batches until it meets it, or has given up. */
  private static void fail(BlockingQueue<Object> decoded, Throwable failure) {
    try {
      decoded.put(new Failure(failure));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }
}
