package org.corridor.etl.audit;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.AuditTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * The audit tables: each input's outcome is appended as soon as it is loaded, so a crashed run
 * leaves a record of what it finished, and an input already loaded is skipped next time.
 */
public final class RunLog {
  private final Warehouse warehouse;

  public RunLog(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** Checksums of every input some run has loaded completely. */
  public Set<String> loadedChecksums() {
    if (!warehouse.exists(AuditTables.ETL_INPUT)) {
      return Set.of();
    }
    Set<String> checksums = new HashSet<>();
    warehouse
        .read(AuditTables.ETL_INPUT)
        .where(col("status").equalTo(InputOutcome.InputStatus.LOADED.name()))
        .select("source_checksum")
        .distinct()
        .collectAsList()
        .forEach(row -> checksums.add(row.getString(0)));
    return checksums;
  }

  public void recordInput(String runId, InputOutcome input) {
    recordInputs(runId, List.of(input));
  }

  /** Appends the outcomes of inputs a run has settled, in one commit. */
  public void recordInputs(String runId, List<InputOutcome> inputs) {
    append(
        AuditTables.ETL_INPUT,
        inputs.stream()
            .map(
                input ->
                    RowFactory.create(
                        runId,
                        input.source(),
                        input.file(),
                        input.checksum(),
                        input.status().name(),
                        input.message().orElse(null),
                        input.rowsRead(),
                        input.rowsAccepted(),
                        input.rowsQuarantined(),
                        input.rowsNotApplicable()))
            .toList());
  }

  /**
   * Whether gold already reflects every loaded input and the current reference data: the latest
   * completed run used the same model version, and no run loaded inputs after it (a run that
   * crashed after loading leaves such inputs behind).
   */
  public boolean goldIsCurrent(String modelVersion) {
    if (!warehouse.exists(AuditTables.ETL_RUN) || !warehouse.exists(AuditTables.ETL_INPUT)) {
      return false;
    }
    List<Row> completed =
        warehouse
            .read(AuditTables.ETL_RUN)
            .where(col("status").isin("SUCCEEDED", "NOTHING_TO_DO"))
            .orderBy(col("run_id").desc())
            .limit(1)
            .collectAsList();
    if (completed.isEmpty() || !modelVersion.equals(completed.get(0).getAs("model_version"))) {
      return false;
    }
    String lastCompleted = completed.get(0).getAs("run_id");
    return warehouse
        .read(AuditTables.ETL_INPUT)
        .where(
            col("status")
                .equalTo(InputOutcome.InputStatus.LOADED.name())
                .and(col("run_id").gt(lastCompleted)))
        .isEmpty();
  }

  public void recordRun(RunSummary run, String command, String message, String modelVersion) {
    List<Row> commits =
        run.versionsWritten().stream()
            .map(
                c ->
                    RowFactory.create(
                        run.runId(),
                        c.table(),
                        c.version().getAsLong(),
                        c.operation(),
                        c.inserted(),
                        c.updated(),
                        c.deleted()))
            .toList();
    if (!commits.isEmpty()) {
      append(AuditTables.ETL_COMMIT, commits);
    }
    append(
        AuditTables.ETL_RUN,
        List.of(
            RowFactory.create(
                run.runId(),
                command,
                Timestamp.from(run.startedAt()),
                Timestamp.from(run.finishedAt()),
                run.status().name(),
                message,
                modelVersion)));
  }

  private void append(TableSpec spec, List<Row> rows) {
    warehouse.ensure(spec);
    Dataset<Row> frame = warehouse.spark().createDataFrame(rows, SparkSchemas.of(spec));
    // mergeSchema: a warehouse written before an audit column was added gains it (null there).
    frame
        .write()
        .format("delta")
        .mode("append")
        .option("mergeSchema", "true")
        .save(warehouse.location(spec));
  }
}
