package org.corridor.etl.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.ActivityCodeLists;
import org.corridor.etl.silver.RcpActivityConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.activities.ActivityLayout;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Files of the RCP activity layout to silver rcp_activity. A file is complete for the sources its
 * records name: it replaces their records and leaves other sources alone, so a secretariat's file
 * of new records for one RCP neither wipes the transcribed annex nor another secretariat's file.
 */
final class RcpActivitySource implements SingleTableSource {
  private final ActivityCodeLists codes;

  RcpActivitySource(ActivityCodeLists codes) {
    this.codes = codes;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.RCP_ACTIVITY;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.RCP_ACTIVITY;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.RCP_ACTIVITY;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return ActivityLayout.RCP.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return RcpActivityConformance.check(bronze, codes);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return RcpActivityConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "source");
  }
}
