package org.corridor.etl.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.TableCommit;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.source.wdi.WdiCountryMetadataCsv;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.Lineage;

/** WDI country metadata files, kept in bronze for reference: every record is accepted. */
final class WdiCountryMetadataLoader implements SourceLoader {
  private final Warehouse warehouse;

  WdiCountryMetadataLoader(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  public List<InputOutcome> load(List<InputFile> files, List<TableCommit> commits) {
    String label = SourceKind.WDI_COUNTRY_METADATA.label();
    List<Row> rows = new ArrayList<>();
    List<InputOutcome> outcomes = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    for (InputFile input : files) {
      try {
        List<Row> fileRows = WdiCountryMetadataCsv.read(input.file(), input.provenance());
        rows.addAll(fileRows);
        loaded.add(input.file().checksum());
        outcomes.add(
            new InputOutcome(
                label,
                input.file().name(),
                input.file().checksum(),
                InputOutcome.InputStatus.LOADED,
                Optional.empty(),
                fileRows.size(),
                fileRows.size(),
                0));
      } catch (EtlErrors.RejectedFile e) {
        outcomes.add(input.rejectedAs(SourceKind.WDI_COUNTRY_METADATA, e));
      }
    }
    if (!loaded.isEmpty()) {
      commits.add(
          warehouse.replaceSlice(
              BronzeTables.WDI_COUNTRY_METADATA,
              warehouse
                  .spark()
                  .createDataFrame(rows, SparkSchemas.of(BronzeTables.WDI_COUNTRY_METADATA)),
              Scope.in(Lineage.SOURCE_CHECKSUM, loaded)));
    }
    return outcomes;
  }
}
