package org.corridor.etl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.pipeline.EtlPipeline;
import org.corridor.warehouse.area.Areas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code corridor run <folder>}: loads every recognised file of a folder, then builds gold. */
@Command(name = "run", description = "Run the ETL on every file in a folder.")
final class RunCommand implements Callable<Integer> {
  @ParentCommand CorridorCli cli;

  @Parameters(index = "0", paramLabel = "<folder>", description = "Folder of publishers' files.")
  Path folder;

  @Override
  public Integer call() {
    RunSummary run =
        new EtlPipeline(cli.warehouse(), Areas.load(), new TerminalProgress(cli.out()))
            .runFolder(folder, "run " + folder);
    RunReport.print(run, cli.out());
    return exitCode(run);
  }

  static int exitCode(RunSummary run) {
    boolean rejected =
        run.inputs().stream().anyMatch(i -> i.status() == InputOutcome.InputStatus.REJECTED);
    return rejected ? CorridorCli.EXIT_INPUT_REJECTED : CorridorCli.EXIT_OK;
  }
}
