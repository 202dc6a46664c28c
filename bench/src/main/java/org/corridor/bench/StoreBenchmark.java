package org.corridor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.SnapshotLoader;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The store's figures for issue 5: snapshot load time (best of three, timed here rather than in JMH
 * because one load takes seconds), heap per observation, and per slice the store's and DuckDB's
 * time per query from {@link SliceBenchmark}. Arguments: the warehouse and the figures file to
 * append to.
 */
public final class StoreBenchmark {
  private static final int LOADS = 3;
  private static final double LOAD_TARGET_SECONDS = 5;
  private static final double BYTES_TARGET = 32;
  private static final double RATIO_TARGET = 50;

  private StoreBenchmark() {}

  public static void main(String[] args) throws IOException, SQLException, RunnerException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: StoreBenchmark <warehouse> <figures file>");
    }
    Path warehouse = Path.of(args[0]).toAbsolutePath();
    Figures figures = new Figures(Path.of(args[1]));
    SnapshotLoader loader = SnapshotLoader.of(warehouse);

    ObservationSnapshot snapshot = null;
    long bestNanos = Long.MAX_VALUE;
    for (int load = 1; load <= LOADS; load++) {
      snapshot = null;
      heapUsedAfterGc();
      long started = System.nanoTime();
      snapshot = loader.loadLatest();
      long nanos = System.nanoTime() - started;
      System.out.printf("load %d: %,d rows in %.2f s%n", load, snapshot.rowCount(), nanos / 1e9);
      bestNanos = Math.min(bestNanos, nanos);
    }
    int rows = snapshot.rowCount();
    long heapWith = heapUsedAfterGc();
    Reference.reachabilityFence(snapshot);
    snapshot = null;
    // Measured against the heap without the snapshot but after the loads, so that classes and
    // caches of the kernel, which a server holds anyway, do not count as the snapshot's.
    long heapWithout = heapUsedAfterGc();
    double bytesPerRow = (heapWith - heapWithout) / (double) rows;
    double loadSeconds = bestNanos / 1e9;
    System.out.printf(
        "snapshot: %,d observations, load %.2f s (best of %d), heap %.1f MiB = %.1f bytes per"
            + " observation (heap used after GC with the snapshot minus without it)%n",
        rows, loadSeconds, LOADS, (heapWith - heapWithout) / 1048576.0, bytesPerRow);
    figures.add(
        String.format("snapshot load, %,d observations", rows),
        String.format("%.2f s", loadSeconds),
        "<= 5 s",
        loadSeconds <= LOAD_TARGET_SECONDS);
    figures.add(
        "heap per observation (MemoryMXBean)",
        String.format("%.1f B", bytesPerRow),
        "<= 32 B",
        bytesPerRow <= BYTES_TARGET);

    checkSameRows(warehouse, loader.loadLatest());

    Map<SliceQuery, double[]> micros = measure(warehouse);
    System.out.printf(
        "%n%-14s %10s %12s %8s  %s%n", "slice", "store µs", "DuckDB µs", "ratio", "request");
    for (SliceQuery slice : SliceQuery.values()) {
      double[] pair = micros.get(slice);
      double ratio = pair[1] / pair[0];
      System.out.printf(
          "%-14s %10.1f %12.1f %7.0fx  %s%n", slice, pair[0], pair[1], ratio, slice.path());
      figures.add(
          "slice " + slice + ": DuckDB / store",
          String.format("%.0fx (%.1f vs %.1f µs)", ratio, pair[0], pair[1]),
          ">= 50x",
          ratio >= RATIO_TARGET);
    }
  }

  /** Both engines must answer each slice with the same number of rows, or the ratio is moot. */
  private static void checkSameRows(Path warehouse, ObservationSnapshot snapshot)
      throws SQLException {
    try (DuckDbBaseline duckdb = DuckDbBaseline.over(warehouse)) {
      for (SliceQuery slice : SliceQuery.values()) {
        int store = slice.store().count(snapshot);
        int duck = duckdb.answer(slice).size();
        System.out.printf("%-14s %4d rows  %s%n", slice, store, slice.description());
        if (store != duck) {
          throw new IllegalStateException(
              slice + ": the store answers " + store + " rows, DuckDB " + duck);
        }
      }
    }
  }

  /** Microseconds per query of the store [0] and of DuckDB [1], per slice. */
  private static Map<SliceQuery, double[]> measure(Path warehouse) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(SliceBenchmark.class.getName())
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .jvmArgsAppend("-Xmx3g", "-D" + SliceBenchmark.WAREHOUSE + "=" + warehouse)
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<SliceQuery, double[]> micros = new EnumMap<>(SliceQuery.class);
    for (RunResult result : results) {
      SliceQuery slice = SliceQuery.valueOf(result.getParams().getParam("query"));
      boolean store = result.getParams().getBenchmark().endsWith(".store");
      micros.computeIfAbsent(slice, s -> new double[2])[store ? 0 : 1] =
          result.getPrimaryResult().getScore();
    }
    return micros;
  }

  private static long heapUsedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
