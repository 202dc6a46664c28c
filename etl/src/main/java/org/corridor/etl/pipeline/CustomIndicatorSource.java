package org.corridor.etl.pipeline;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.CustomIndicatorConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.custom.CustomIndicatorFile;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Custom-indicator definitions files to silver custom_indicator. A file replaces the definitions of
 * the codes it holds; a code a later file leaves out keeps its earlier definition.
 */
final class CustomIndicatorSource implements SingleTableSource {
  private final Set<String> catalogueCodes;

  CustomIndicatorSource(Set<String> catalogueCodes) {
    this.catalogueCodes = catalogueCodes;
  }

  /** Checks definitions against the codes of the catalogue shipped with Corridor. */
  static CustomIndicatorSource againstShippedCatalogue() {
    return new CustomIndicatorSource(
        IndicatorCatalogue.load().all().stream().map(Indicator::code).collect(Collectors.toSet()));
  }

  @Override
  public SourceKind kind() {
    return SourceKind.CUSTOM_INDICATORS;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.CUSTOM_INDICATOR_DEFINITION;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.CUSTOM_INDICATOR;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return CustomIndicatorFile.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return CustomIndicatorConformance.check(bronze, catalogueCodes);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return CustomIndicatorConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "code");
  }
}
