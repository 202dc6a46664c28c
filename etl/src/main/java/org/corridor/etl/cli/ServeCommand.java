package org.corridor.etl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corridor serve}: starts the API on the warehouse, on 127.0.0.1. */
@Command(name = "serve", description = "Serve the indicator API on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand CorridorCli cli;

  @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}")
  int port;

  @Override
  public Integer call() {
    return ApiServer.serve(cli.apiWarehouseLocation(), port, cli.out());
  }
}
