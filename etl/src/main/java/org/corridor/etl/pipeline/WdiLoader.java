package org.corridor.etl.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.delta.TableCommit;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.source.wdi.WdiBulkCsv;

/** WDI bulk CSVs: parsed one by one, then loaded in rounds of at most one file per series. */
final class WdiLoader implements SourceLoader {
  private final Warehouse warehouse;
  private final Dataset<Row> areaRoles;

  WdiLoader(Warehouse warehouse, Dataset<Row> areaRoles) {
    this.warehouse = warehouse;
    this.areaRoles = areaRoles;
  }

  @Override
  public List<InputOutcome> load(List<InputFile> files, List<TableCommit> commits) {
    List<InputOutcome> outcomes = new ArrayList<>();
    List<ParsedWdiFile> parsed = new ArrayList<>();
    for (InputFile input : files) {
      try {
        parsed.add(
            new ParsedWdiFile(
                input.file(),
                input.provenance(),
                WdiBulkCsv.read(input.file(), input.provenance())));
      } catch (EtlErrors.RejectedFile e) {
        outcomes.add(input.rejectedAs(SourceKind.WDI, e));
      }
    }
    for (List<ParsedWdiFile> round : WdiRounds.of(parsed)) {
      outcomes.addAll(new WdiBatch(warehouse, areaRoles).load(round, commits));
    }
    return outcomes;
  }
}
