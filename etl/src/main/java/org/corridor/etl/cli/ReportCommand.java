package org.corridor.etl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corridor report}: writes a year's annual progress report of a vintage as HTML and PDF,
 * through the API jar's report mode so that every figure is one the API serves.
 */
@Command(
    name = "report",
    description = "Write the annual progress report of a vintage as HTML and PDF.")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand CorridorCli cli;

  @Option(names = "--year", required = true, description = "The report's year, e.g. 2025.")
  int year;

  @Option(names = "--vintage", required = true, description = "The vintage, e.g. gfmd-2025.")
  String vintage;

  @Option(
      names = "--out",
      defaultValue = "data/reports",
      description = "Folder for progress-<year>-<vintage>.html and .pdf. Default: ${DEFAULT-VALUE}")
  Path out;

  @Override
  public Integer call() {
    int exitCode = ApiServer.report(cli.apiWarehouseLocation(), year, vintage, out);
    var print = cli.out();
    if (exitCode != CorridorCli.EXIT_OK) {
      print.printf(
          "No report written: the API's report mode ended with code %d (see above)%n", exitCode);
      print.flush();
      return CorridorCli.EXIT_FAILED;
    }
    String base = "progress-" + year + "-" + vintage;
    print.printf("Wrote %s%n", out.resolve(base + ".html"));
    print.printf("Wrote %s%n", out.resolve(base + ".pdf"));
    print.flush();
    return CorridorCli.EXIT_OK;
  }
}
