package org.corridor.etl.pipeline;

import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.AssistedReturnConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.layout.CorridorLayout;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Files in Corridor's assisted-returns layout to silver return_migration. A file is complete for
 * the assisted returns (AVR and AVRR) of the host countries and years it holds; it never touches
 * UNHCR's refugee returns, which share the table, nor other hosts' reports.
 */
final class AssistedReturnSource implements SingleTableSource {
  private final Set<String> countries;

  AssistedReturnSource(Set<String> countries) {
    this.countries = countries;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.ASSISTED_RETURNS;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.AVRR_RETURN;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.RETURN_MIGRATION;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return CorridorLayout.ASSISTED_RETURNS.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return AssistedReturnConformance.check(bronze, countries);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return AssistedReturnConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scope.in("assistance_type", AssistedReturnConformance.ASSISTANCE_TYPES)
        .and(Scopes.distinctValues(accepted, "host"))
        .and(Scopes.distinctValues(accepted, "year"));
  }
}
