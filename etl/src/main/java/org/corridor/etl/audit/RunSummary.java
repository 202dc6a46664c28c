package org.corridor.etl.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.corridor.etl.delta.TableCommit;

/** The outcome of one ETL run: its inputs, the commits it made, and its status. */
public record RunSummary(
    String runId,
    Instant startedAt,
    Instant finishedAt,
    RunStatus status,
    List<InputOutcome> inputs,
    List<TableCommit> commits) {

  /** Overall status of a run. */
  public enum RunStatus {
    SUCCEEDED,
    NOTHING_TO_DO,
    FAILED
  }

  public RunSummary {
    requireNonNull(runId, "runId is null");
    requireNonNull(status, "status is null");
    inputs = List.copyOf(inputs);
    commits = List.copyOf(commits);
  }

  /** Commits that wrote a new Delta version. */
  public List<TableCommit> versionsWritten() {
    return commits.stream().filter(TableCommit::committed).toList();
  }
}
