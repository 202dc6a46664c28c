package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.MissingMigrantsConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.mmp.MissingMigrantsCsv;
import org.corridor.etl.source.mmp.OriginNames;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * IOM Missing Migrants downloads to silver missing_migrants. A global download holds every incident
 * IOM has recorded for the years it covers, so it replaces those years.
 */
final class MissingMigrantsSource implements SingleTableSource {
  private final OriginNames names;

  MissingMigrantsSource(OriginNames names) {
    this.names = names;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.MISSING_MIGRANTS;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.MMP_INCIDENT;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.MISSING_MIGRANTS;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return MissingMigrantsCsv.read(input.file(), input.provenance());
  }

  /** Resolves each distinct country cell once, on the driver: a download has a few hundred. */
  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    List<String> cells =
        bronze
            .select(col("country_of_origin").alias("cell"))
            .union(bronze.select(col("country_of_incident").alias("cell")))
            .where(col("cell").isNotNull())
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .toList();
    List<Row> resolved = new ArrayList<>();
    for (String cell : cells) {
      OriginNames.Origins origins = names.resolve(cell);
      resolved.add(
          RowFactory.create(
              cell,
              origins.iso3().isEmpty() ? null : String.join(",", origins.iso3()),
              origins.unmatched().isEmpty() ? null : String.join("; ", origins.unmatched())));
    }
    Dataset<Row> lookup =
        bronze.sparkSession().createDataFrame(resolved, MissingMigrantsConformance.NAMES_SCHEMA);
    return MissingMigrantsConformance.check(bronze, lookup);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return MissingMigrantsConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "year");
  }
}
