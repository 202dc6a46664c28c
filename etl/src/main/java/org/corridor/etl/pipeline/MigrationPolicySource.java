package org.corridor.etl.pipeline;

import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.MigrationPolicyConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.layout.CorridorLayout;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Files in Corridor's migration-policies layout to silver migration_policy. A file is complete for
 * the countries and inquiry rounds it holds: a country's resubmitted answers replace its earlier
 * ones for that round, and an answer the resubmission drops is withdrawn.
 */
final class MigrationPolicySource implements SingleTableSource {
  private final Set<String> countries;

  MigrationPolicySource(Set<String> countries) {
    this.countries = countries;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.MIGRATION_POLICIES;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.MIGRATION_POLICY_ANSWER;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.MIGRATION_POLICY;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return CorridorLayout.MIGRATION_POLICIES.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return MigrationPolicyConformance.check(bronze, countries);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return MigrationPolicyConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "round").and(Scopes.distinctValues(accepted, "area"));
  }
}
