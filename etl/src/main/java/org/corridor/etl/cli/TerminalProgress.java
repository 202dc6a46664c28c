package org.corridor.etl.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.corridor.etl.pipeline.Progress;

/** Shows each step of a run on the terminal as it starts and ends, with its duration. */
final class TerminalProgress implements Progress {
  private final PrintWriter out;
  private final Map<String, Long> startedAt = new HashMap<>();

  TerminalProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(String step) {
    startedAt.put(step, System.nanoTime());
    out.printf("  .. %s%n", step);
    out.flush();
  }

  @Override
  public void finished(String step, String outcome) {
    long nanos = System.nanoTime() - startedAt.getOrDefault(step, System.nanoTime());
    out.printf("  ok %s (%.1f s): %s%n", step, nanos / 1e9, outcome);
    out.flush();
  }
}
