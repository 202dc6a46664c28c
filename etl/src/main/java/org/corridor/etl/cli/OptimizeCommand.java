package org.corridor.etl.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.etl.delta.TableMaintenance;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.TableSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corridor optimize}: compacts the small files runs leave in each table. */
@Command(
    name = "optimize",
    description = "Compact each table's small files into larger ones (rows are unchanged).")
final class OptimizeCommand implements Callable<Integer> {
  @ParentCommand CorridorCli cli;

  @Option(
      names = "--table",
      paramLabel = "<layer.table>",
      converter = TableSelection.class,
      description = "Only this table, e.g. gold.indicator_observation; repeatable. Default: all.")
  List<TableSpec> tables = List.of();

  @Override
  public Integer call() {
    Warehouse warehouse = cli.warehouse();
    TableMaintenance maintenance = new TableMaintenance(warehouse);
    var out = cli.out();
    out.printf("  %-36s %14s %12s%n", "table", "files removed", "files added");
    for (TableSpec spec : TableSelection.existing(warehouse, tables)) {
      TableMaintenance.Compaction done = maintenance.optimize(spec);
      out.printf(
          "  %-36s %,14d %,12d%n", spec.qualifiedName(), done.filesRemoved(), done.filesAdded());
    }
    return CorridorCli.EXIT_OK;
  }
}
