package org.corridor.etl.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.TableCommit;

/** Prints a run's summary: per input the rows read, accepted and quarantined; tables written. */
final class RunReport {
  private RunReport() {}

  static void print(RunSummary run, PrintWriter out) {
    out.printf(
        "%nRun %s %s in %.1f s%n",
        run.runId(),
        run.status(),
        Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0);
    out.printf(
        "%n  %-58s %-22s %12s %12s %12s%n", "input", "status", "read", "accepted", "quarantined");
    for (InputOutcome input : run.inputs()) {
      out.printf(
          "  %-58s %-22s %,12d %,12d %,12d%n",
          abbreviate(input.file(), 58),
          input.status(),
          input.rowsRead(),
          input.rowsAccepted(),
          input.rowsQuarantined());
      if (input.rowsNotApplicable() > 0) {
        out.printf(
            "      %,d rows not applicable: kept in bronze, nothing for silver%n",
            input.rowsNotApplicable());
      }
      input.message().ifPresent(m -> out.printf("      %s%n", m));
    }
    if (run.versionsWritten().isEmpty()) {
      out.printf("%n  No table changed: the warehouse already holds these inputs.%n");
    } else {
      out.printf(
          "%n  %-36s %8s %10s %10s %10s%n", "table", "version", "inserted", "updated", "deleted");
      for (TableCommit commit : run.versionsWritten()) {
        out.printf(
            "  %-36s %8d %,10d %,10d %,10d%n",
            commit.table(),
            commit.version().getAsLong(),
            commit.inserted(),
            commit.updated(),
            commit.deleted());
      }
    }
    out.flush();
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : "..." + text.substring(text.length() - width + 3);
  }
}
