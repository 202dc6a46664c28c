package org.corridor.etl.pipeline;

import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.RefugeeReturnConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.unhcr.UnhcrSolutionsCsv;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * UNHCR solutions exports to silver return_migration: the returned refugees, as assistance type
 * REFUGEE_RETURN. Resettlement and naturalisation stay in bronze (they are not returns). An export
 * is complete for the refugee returns of the years it covers; assisted returns are left alone.
 */
final class RefugeeReturnSource implements SingleTableSource {
  private final Set<String> countries;

  RefugeeReturnSource(Set<String> countries) {
    this.countries = countries;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.UNHCR_SOLUTIONS;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.UNHCR_SOLUTIONS;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.RETURN_MIGRATION;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return UnhcrSolutionsCsv.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return RefugeeReturnConformance.check(bronze, countries);
  }

  @Override
  public Column notApplicable() {
    return RefugeeReturnConformance.notApplicable();
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return RefugeeReturnConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scope.where("assistance_type", RefugeeReturnConformance.ASSISTANCE_TYPE)
        .and(Scopes.distinctValues(accepted, "year"));
  }
}
