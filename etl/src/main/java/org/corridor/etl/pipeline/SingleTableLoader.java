package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.SpillingRows;
import org.corridor.etl.delta.TableCommit;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.silver.QuarantineProjection;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.SilverTables;

/**
 * Loads the files of a {@link SingleTableSource} one at a time (two files may cover the same slice,
 * and the later must win): the file's bronze rows replace its earlier ones, its accepted rows are
 * merged into the slice of silver it covers, its failed rows replace its quarantine, and its counts
 * must reconcile (rows read = accepted + quarantined + not applicable).
 */
final class SingleTableLoader implements SourceLoader {
  private static final String ACCEPTED = "accepted";
  private static final String QUARANTINED = "quarantined";
  private static final String NOT_APPLICABLE = "not applicable";

  private final Warehouse warehouse;
  private final SingleTableSource source;

  SingleTableLoader(Warehouse warehouse, SingleTableSource source) {
    this.warehouse = warehouse;
    this.source = source;
  }

  @Override
  public List<InputOutcome> load(List<InputFile> files, List<TableCommit> commits) {
    List<InputOutcome> outcomes = new ArrayList<>();
    for (InputFile input : files) {
      try (SpillingRows rows = SpillingRows.under(warehouse, SparkSchemas.of(source.bronze()))) {
        List<RejectedRecord> unparsed;
        try {
          unparsed = source.parseInto(input, rows);
        } catch (EtlErrors.RejectedFile e) {
          outcomes.add(input.rejectedAs(source.kind(), e));
          continue;
        }
        outcomes.add(load(input, rows, unparsed, commits));
      }
    }
    return outcomes;
  }

  private InputOutcome load(
      InputFile input,
      SpillingRows rows,
      List<RejectedRecord> unparsed,
      List<TableCommit> commits) {
    Scope thisFile = Scope.where(Lineage.SOURCE_CHECKSUM, input.file().checksum());
    long rowsRead = rows.count() + unparsed.size();
    Dataset<Row> bronze = rows.dataset();
    commits.add(warehouse.replaceSlice(source.bronze(), bronze, thisFile));
    Dataset<Row> checked = source.check(bronze).persist();
    try {
      Map<String, Long> counts = new HashMap<>();
      checked
          .groupBy(
              when(size(col("reasons")).gt(0), lit(QUARANTINED))
                  .when(source.notApplicable(), lit(NOT_APPLICABLE))
                  .otherwise(lit(ACCEPTED)))
          .count()
          .collectAsList()
          .forEach(r -> counts.put(r.getString(0), r.getLong(1)));
      long acceptedRows = counts.getOrDefault(ACCEPTED, 0L);
      long quarantinedRows = counts.getOrDefault(QUARANTINED, 0L) + unparsed.size();
      long notApplicableRows = counts.getOrDefault(NOT_APPLICABLE, 0L);
      if (acceptedRows > 0) {
        Dataset<Row> accepted = source.accepted(checked.where(not(source.notApplicable())));
        commits.add(warehouse.merge(source.silver(), accepted, source.replaces(accepted)));
      }
      Dataset<Row> quarantined =
          QuarantineProjection.failed(
                  checked,
                  source.kind().label(),
                  source.bronze(),
                  source.silver(),
                  source.quarantineColumn())
              .unionByName(quarantineRows(input, unparsed));
      commits.add(warehouse.replaceSlice(SilverTables.QUARANTINE, quarantined, thisFile));
      InputOutcome outcome =
          new InputOutcome(
              source.kind().label(),
              input.file().name(),
              input.file().checksum(),
              InputOutcome.InputStatus.LOADED,
              Optional.empty(),
              rowsRead,
              acceptedRows,
              quarantinedRows,
              notApplicableRows);
      if (!outcome.reconciles()) {
        throw EtlErrors.unreconciled(
            input.file().name(), rowsRead, acceptedRows, quarantinedRows, notApplicableRows);
      }
      return outcome;
    } finally {
      checked.unpersist();
    }
  }

  private Dataset<Row> quarantineRows(InputFile input, List<RejectedRecord> unparsed) {
    return warehouse
        .spark()
        .createDataFrame(
            QuarantineRows.of(
                source.kind(), source.silver().qualifiedName(), input.provenance(), unparsed),
            SparkSchemas.of(SilverTables.QUARANTINE));
  }
}
