package org.corridor.etl.pipeline;

import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.ProgrammeResultConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.layout.CorridorLayout;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Files in Corridor's programme-results layout to silver programme_result. A file is a programme's
 * report for the years it holds: a corrected report replaces that programme's figures for those
 * years, and a figure it no longer has is withdrawn.
 */
final class ProgrammeResultSource implements SingleTableSource {
  private final Set<String> countries;

  ProgrammeResultSource(Set<String> countries) {
    this.countries = countries;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.PROGRAMME_RESULTS;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.PROGRAMME_RESULT;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.PROGRAMME_RESULT;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return CorridorLayout.PROGRAMME_RESULTS.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return ProgrammeResultConformance.check(bronze, countries);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return ProgrammeResultConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "programme")
        .and(Scopes.distinctValues(accepted, "year"));
  }
}
