package org.corridor.etl.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.etl.delta.TableMaintenance;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.TableSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corridor vacuum}: deletes data files that no retained table version needs. */
@Command(
    name = "vacuum",
    description =
        "Delete data files older table versions needed; time travel beyond the retention ends.")
final class VacuumCommand implements Callable<Integer> {
  @ParentCommand CorridorCli cli;

  @Option(
      names = "--table",
      paramLabel = "<layer.table>",
      converter = TableSelection.class,
      description = "Only this table, e.g. silver.quarantine; repeatable. Default: all.")
  List<TableSpec> tables = List.of();

  @Option(
      names = "--retain-hours",
      defaultValue = "168",
      description =
          "Keep the files of versions younger than this. Default: ${DEFAULT-VALUE} (Delta's)")
  double retainHours;

  @Override
  public Integer call() {
    if (retainHours < 0) {
      throw new CommandLine.ParameterException(
          cli.spec.commandLine(), "--retain-hours must not be negative, got " + retainHours);
    }
    Warehouse warehouse = cli.warehouse();
    TableMaintenance maintenance = new TableMaintenance(warehouse);
    var out = cli.out();
    if (retainHours < TableMaintenance.DEFAULT_RETAIN_HOURS) {
      out.printf(
          "Retaining %s hours, less than Delta's default of %s: versions older than that can no"
              + " longer be read, except those a vintage pins.%n",
          retainHours, TableMaintenance.DEFAULT_RETAIN_HOURS);
    }
    out.printf("  %-36s %14s %12s%n", "table", "files before", "files after");
    for (TableSpec spec : TableSelection.existing(warehouse, tables)) {
      TableMaintenance.Vacuum done = maintenance.vacuum(spec, retainHours);
      out.printf(
          "  %-36s %,14d %,12d%n", spec.qualifiedName(), done.filesBefore(), done.filesAfter());
      done.keptForVintage()
          .ifPresent(
              vintage ->
                  out.printf(
                      "    kept %,.0f hours instead, so that vintage %s stays readable%n",
                      done.retainedHours(), vintage));
    }
    return CorridorCli.EXIT_OK;
  }
}
