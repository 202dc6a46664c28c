package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.KnomadConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.knomad.BilateralMatrix;
import org.corridor.etl.source.knomad.KnomadMeasure;
import org.corridor.warehouse.area.AreaNames;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * KNOMAD bilateral matrices to silver bilateral_remittance or bilateral_migrant_stock, country to
 * country. The World totals and the residual "Other North" and "Other South" rows and columns stay
 * in bronze, where they serve to reconcile the country cells, and are quarantined as not a country
 * rather than mixed into a table whose every row is a corridor. A matrix is complete for its year
 * (and, for migrant stock, for both sexes together), so it replaces that year.
 */
final class KnomadMatrixSource implements SingleTableSource {
  private final KnomadMeasure measure;
  private final AreaNames names;

  private KnomadMatrixSource(KnomadMeasure measure, AreaNames names) {
    this.measure = measure;
    this.names = names;
  }

  static KnomadMatrixSource of(SourceKind kind) {
    KnomadMeasure measure =
        switch (kind) {
          case KNOMAD_REMITTANCE -> KnomadMeasure.REMITTANCES;
          case KNOMAD_MIGRANT_STOCK -> KnomadMeasure.MIGRANT_STOCK;
          default -> throw new IllegalArgumentException(kind.label() + " is not a KNOMAD matrix");
        };
    return new KnomadMatrixSource(measure, AreaNames.of(AreaNames.Publisher.WORLD_BANK));
  }

  @Override
  public SourceKind kind() {
    return switch (measure) {
      case REMITTANCES -> SourceKind.KNOMAD_REMITTANCE;
      case MIGRANT_STOCK -> SourceKind.KNOMAD_MIGRANT_STOCK;
    };
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.KNOMAD_MATRIX;
  }

  @Override
  public TableSpec silver() {
    return switch (measure) {
      case REMITTANCES -> SilverTables.BILATERAL_REMITTANCE;
      case MIGRANT_STOCK -> SilverTables.BILATERAL_MIGRANT_STOCK;
    };
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return BilateralMatrix.read(input.file(), input.provenance(), measure);
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return KnomadConformance.check(bronze, names);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return switch (measure) {
      case REMITTANCES -> KnomadConformance.remittances(checked);
      case MIGRANT_STOCK -> KnomadConformance.migrantStock(checked);
    };
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    Scope years = Scopes.distinctValues(accepted, "year");
    return switch (measure) {
      case REMITTANCES -> years;
      // The matrix counts both sexes together, and leaves any figures by sex alone.
      case MIGRANT_STOCK ->
          new Scope(Map.of("year", years.conditions().get("year"), "sex", List.of("_T")));
    };
  }

  /** The sheet and column, e.g. {@code Bilateral_Migration_2017!HH}; the column alone in a CSV. */
  @Override
  public Column quarantineColumn() {
    return concat_ws("!", col("sheet"), col("cell_column"));
  }
}
