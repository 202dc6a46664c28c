package org.corridor.etl.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.delta.Vintage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corridor vintage create}: pins the current version of every gold table under a name. */
@Command(name = "create", description = "Pin the current version of every gold table under a name.")
final class VintageCreateCommand implements Callable<Integer> {
  @ParentCommand VintageCommand vintage;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "<name>",
      description = "Lower-case letters, digits, '.', '_' and '-', e.g. gfmd-2025; never reused.")
  String name;

  @Option(names = "--note", description = "A note kept with the vintage, e.g. what it was for.")
  String note;

  @Override
  public Integer call() {
    Vintage created;
    try {
      created = vintage.vintages().create(name, Optional.ofNullable(note));
    } catch (EtlErrors.VintageArgument e) {
      throw VintageCommand.usageError(spec, e);
    }
    var out = vintage.cli.out();
    out.printf("Created vintage %s at %s%n", created.name(), created.createdAt());
    created.versions().forEach((table, version) -> out.printf("  %-36s %8d%n", table, version));
    return CorridorCli.EXIT_OK;
  }
}
