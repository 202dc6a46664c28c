package org.corridor.etl.cli;

import java.util.concurrent.Callable;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.delta.Vintages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corridor vintage}: names pinned to the gold tables' versions, and their revisions. */
@Command(
    name = "vintage",
    description = "Pin gold under a name, list vintages, report revisions between two.",
    subcommands = {
      VintageCreateCommand.class,
      VintageListCommand.class,
      VintageRevisionsCommand.class
    })
final class VintageCommand implements Callable<Integer> {
  @ParentCommand CorridorCli cli;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name what to do: create, list or revisions");
  }

  Vintages vintages() {
    return new Vintages(cli.warehouse());
  }

  /** A vintage named wrongly is a usage error, reported with the subcommand's usage. */
  static CommandLine.ParameterException usageError(
      CommandSpec subcommand, EtlErrors.VintageArgument error) {
    return new CommandLine.ParameterException(subcommand.commandLine(), error.getMessage(), error);
  }
}
