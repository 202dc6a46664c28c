package org.corridor.etl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the CLI in this JVM: its exit code and what it printed to each stream. */
record CliRun(int exitCode, String output, String errors) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CorridorCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** A run with {@code --warehouse} set before the other arguments. */
  static CliRun on(String warehouse, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--warehouse";
    all[1] = warehouse;
    System.arraycopy(args, 0, all, 2, args.length);
    return of(all);
  }
}
