package org.corridor.etl.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.ActivityCodeLists;
import org.corridor.etl.silver.GfmdActivityConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.activities.ActivityLayout;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Files of the GFMD activity layout to silver gfmd_activity. As for RCP activities, a file is
 * complete for the sources its records name and leaves other sources' records alone.
 */
final class GfmdActivitySource implements SingleTableSource {
  private final ActivityCodeLists codes;

  GfmdActivitySource(ActivityCodeLists codes) {
    this.codes = codes;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.GFMD_ACTIVITY;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.GFMD_ACTIVITY;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.GFMD_ACTIVITY;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return ActivityLayout.GFMD.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return GfmdActivityConformance.check(bronze, codes);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return GfmdActivityConformance.accepted(checked, codes);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "source");
  }
}
