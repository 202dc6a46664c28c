package org.corridor.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.corridor.api.observation.StoreQuery;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.SnapshotLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One filtered slice per invocation, answered by the API's store (selection, latest, order and the
 * page the controller serializes) or by DuckDB over the same table's Parquet files. The warehouse
 * comes from the system property {@value #WAREHOUSE}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SliceBenchmark {
  static final String WAREHOUSE = "corridor.bench.warehouse";

  @Param({"AREA_YEARS", "CORRIDOR", "LATEST_GROUP"})
  public String query;

  private SliceQuery slice;

  @Setup(Level.Trial)
  public void chooseSlice() {
    slice = SliceQuery.valueOf(query);
  }

  @Benchmark
  public long store(Store store) {
    return store.queries[slice.ordinal()].answer(store.snapshot);
  }

  @Benchmark
  public Object duckdb(DuckDb duckdb) throws SQLException {
    return duckdb.baseline.answer(slice);
  }

  static Path warehouse() {
    return Path.of(System.getProperty(WAREHOUSE, "target/bench/warehouse"));
  }

  /** The snapshot, loaded once per fork, and the slices compiled against it. */
  @State(Scope.Benchmark)
  public static class Store {
    ObservationSnapshot snapshot;
    StoreQuery[] queries;

    @Setup(Level.Trial)
    public void load() throws IOException {
      snapshot = SnapshotLoader.of(warehouse()).loadLatest();
      SliceQuery[] slices = SliceQuery.values();
      queries = new StoreQuery[slices.length];
      for (SliceQuery slice : slices) {
        queries[slice.ordinal()] = slice.store();
      }
    }
  }

  /** One DuckDB connection per fork with every slice prepared. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    DuckDbBaseline baseline;

    @Setup(Level.Trial)
    public void open() throws SQLException {
      baseline = DuckDbBaseline.over(warehouse());
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      baseline.close();
    }
  }
}
