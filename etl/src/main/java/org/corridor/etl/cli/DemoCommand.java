package org.corridor.etl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.demo.DemoData;
import org.corridor.etl.pipeline.EtlPipeline;
import org.corridor.warehouse.area.Areas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corridor demo}: writes the demo inputs, runs the ETL on them, and serves the API, so a
 * fresh clone shows the whole path from publisher files to indicator answers.
 */
@Command(name = "demo", description = "Generate demo data, run the ETL on it, and serve the API.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand CorridorCli cli;

  @Option(
      names = "--data",
      defaultValue = "data/demo",
      description = "Where to write the demo inputs. Default: ${DEFAULT-VALUE}")
  Path data;

  @Option(
      names = "--seed",
      defaultValue = "" + DemoData.DEFAULT_SEED,
      description = "Random seed. Default: ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--no-serve", description = "Stop after the ETL instead of serving the API.")
  boolean noServe;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "API port. Default: ${DEFAULT-VALUE}")
  int port;

  @Override
  public Integer call() {
    Areas areas = Areas.load();
    cli.out().printf("Writing demo inputs to %s%n", data.toAbsolutePath());
    new DemoData(areas, seed).writeTo(data);
    cli.out().printf("Running the ETL into %s%n", cli.warehouse().root());
    RunSummary run =
        new EtlPipeline(cli.warehouse(), areas, new TerminalProgress(cli.out()))
            .runFolder(data, "demo");
    RunReport.print(run, cli.out());
    if (noServe) {
      return RunCommand.exitCode(run);
    }
    cli.stopSpark();
    return ApiServer.serve(cli.apiWarehouseLocation(), port, cli.out());
  }
}
