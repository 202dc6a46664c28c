package org.corridor.etl.pipeline;

import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.UnhcrConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.unhcr.UnhcrPopulationCsv;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * UNHCR population exports to silver refugee_population. An export is complete for the years it
 * covers, so it replaces those years and leaves the others alone.
 */
final class UnhcrPopulationSource implements SingleTableSource {
  private final Set<String> countries;

  UnhcrPopulationSource(Set<String> countries) {
    this.countries = countries;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.UNHCR_POPULATION;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.UNHCR_POPULATION;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.REFUGEE_POPULATION;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return UnhcrPopulationCsv.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return UnhcrConformance.check(bronze, countries);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return UnhcrConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "year");
  }
}
