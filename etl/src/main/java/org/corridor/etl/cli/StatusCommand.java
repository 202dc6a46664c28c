package org.corridor.etl.cli;

import static org.apache.spark.sql.functions.col;

import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.AuditTables;
import org.corridor.warehouse.table.TableSpec;
import org.corridor.warehouse.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code corridor status}: every table's Delta version and row count, and the latest runs. */
@Command(name = "status", description = "Show tables, versions, row counts and recent runs.")
final class StatusCommand implements Callable<Integer> {
  private static final int RECENT_RUNS = 5;

  @ParentCommand CorridorCli cli;

  @Override
  public Integer call() {
    Warehouse warehouse = cli.warehouse();
    var out = cli.out();
    out.printf("Warehouse %s%n%n  %-36s %8s %12s%n", warehouse.root(), "table", "version", "rows");
    for (TableSpec spec : Tables.all()) {
      OptionalLong version = warehouse.version(spec);
      if (version.isPresent()) {
        out.printf(
            "  %-36s %8d %,12d%n",
            spec.qualifiedName(), version.getAsLong(), warehouse.read(spec).count());
      }
    }
    if (warehouse.exists(AuditTables.ETL_RUN)) {
      out.printf("%n  Recent runs%n");
      for (Row run :
          warehouse
              .read(AuditTables.ETL_RUN)
              .orderBy(col("started_at").desc())
              .limit(RECENT_RUNS)
              .collectAsList()) {
        out.printf(
            "  %-30s %-14s %s  %s%n",
            run.getString(0), run.getString(4), run.get(2), run.getString(1));
      }
    } else {
      out.printf("%n  No run yet: try 'corridor demo' or 'corridor run <folder>'.%n");
    }
    return CorridorCli.EXIT_OK;
  }
}
