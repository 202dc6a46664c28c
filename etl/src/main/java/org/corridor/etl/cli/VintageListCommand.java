package org.corridor.etl.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.corridor.etl.delta.Vintage;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code corridor vintage list}: every vintage with the table versions it pins. */
@Command(name = "list", description = "List vintages, oldest first, with the versions they pin.")
final class VintageListCommand implements Callable<Integer> {
  @ParentCommand VintageCommand vintage;

  @Override
  public Integer call() {
    List<Vintage> vintages = vintage.vintages().list();
    var out = vintage.cli.out();
    if (vintages.isEmpty()) {
      out.printf("No vintage yet: create one with 'corridor vintage create <name>'.%n");
      return CorridorCli.EXIT_OK;
    }
    out.printf("  %-20s %-28s %s%n", "name", "created at", "pinned versions");
    for (Vintage each : vintages) {
      out.printf(
          "  %-20s %-28s %s%n",
          each.name(),
          each.createdAt(),
          each.versions().entrySet().stream()
              .map(e -> e.getKey() + "@" + e.getValue())
              .collect(Collectors.joining(", ")));
      each.note().ifPresent(note -> out.printf("  %-20s %s%n", "", note));
    }
    return CorridorCli.EXIT_OK;
  }
}
