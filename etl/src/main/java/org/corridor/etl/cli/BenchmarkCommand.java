package org.corridor.etl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.etl.benchmark.EtlBenchmark;
import org.corridor.etl.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corridor benchmark}: the full pipeline against bare Spark on the same files. */
@Command(
    name = "benchmark",
    description =
        "Time the full ETL on N generated RPW rows (plus the demo's other sources, survey and"
            + " incident records grown in proportion) against bare"
            + " Spark reading the same CSVs into Delta, the least a second layer adds to that,"
            + " and an idle re-run.")
final class BenchmarkCommand implements Callable<Integer> {
  private static final long WARM_UP_ROWS = 20_000;

  @ParentCommand CorridorCli cli;

  @Option(
      names = "--rows",
      split = ",",
      defaultValue = "1000000,10000000",
      description = "RPW service rows per measurement. Default: ${DEFAULT-VALUE}")
  List<Long> rows;

  @Option(
      names = "--work",
      defaultValue = "data/benchmark",
      description = "Folder for the generated inputs and warehouses. Default: ${DEFAULT-VALUE}")
  Path work;

  @Option(names = "--seed", defaultValue = "2030", description = "Random seed.")
  long seed;

  @Option(
      names = "--steps",
      description = "Also show each pipeline step with its duration, to see where the time goes.")
  boolean steps;

  @Override
  public Integer call() {
    var out = cli.out();
    EtlBenchmark benchmark =
        new EtlBenchmark(
            cli.warehouse().spark(),
            work,
            seed,
            steps ? new TerminalProgress(out) : Progress.silent());
    out.println("Warming up (JIT, Spark and Delta code paths) on a small run first...");
    benchmark.measure(WARM_UP_ROWS);
    out.printf(
        "%12s %12s %10s %12s %10s %12s %7s %11s %9s %9s%n",
        "RPW rows",
        "rows read",
        "pipeline s",
        "rows/s",
        "bare s",
        "rows/s",
        "ratio",
        "2-layer min",
        "idle s",
        "idle/run");
    for (long size : rows) {
      EtlBenchmark.Result result = benchmark.measure(size);
      out.printf(
          "%,12d %,12d %10.1f %,12.0f %10.1f %,12.0f %7.2f %11.2f %9.1f %8.1f%%%n",
          result.rpwRows(),
          result.rowsRead(),
          result.pipelineSeconds(),
          result.pipelineRowsPerSecond(),
          result.baselineSeconds(),
          result.baselineRowsPerSecond(),
          result.ratio(),
          result.twoLayerFloorRatio(),
          result.idleSeconds(),
          100 * result.idleShare());
      out.flush();
    }
    return CorridorCli.EXIT_OK;
  }
}
