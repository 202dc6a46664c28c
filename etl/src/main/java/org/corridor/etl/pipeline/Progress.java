package org.corridor.etl.pipeline;

/** Receives the steps of a run as they start and end, e.g. to show them on a terminal. */
public interface Progress {
  void started(String step);

  void finished(String step, String outcome);

  /** Ignores every step. */
  static Progress silent() {
    return new Progress() {
      @Override
      public void started(String step) {}

      @Override
      public void finished(String step, String outcome) {}
    };
  }
}
