package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.TableCommit;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.silver.RefugeePopulationSilver;
import org.corridor.etl.silver.UnhcrConformance;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.unhcr.UnhcrPopulationCsv;
import org.corridor.etl.source.unhcr.UnhcrPopulationFile;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.SilverTables;

/**
 * UNHCR population exports, one at a time (two exports may cover the same years): bronze lines,
 * silver refugee_population for the years each covers, and quarantine.
 */
final class UnhcrPopulationLoader implements SourceLoader {
  private final Warehouse warehouse;
  private final Set<String> countries;

  UnhcrPopulationLoader(Warehouse warehouse, Set<String> countries) {
    this.warehouse = warehouse;
    this.countries = countries;
  }

  @Override
  public List<InputOutcome> load(List<InputFile> files, List<TableCommit> commits) {
    List<InputOutcome> outcomes = new ArrayList<>();
    for (InputFile input : files) {
      try {
        UnhcrPopulationFile content = UnhcrPopulationCsv.read(input.file(), input.provenance());
        outcomes.add(load(input.file(), input.provenance(), content, commits));
      } catch (EtlErrors.RejectedFile e) {
        outcomes.add(input.rejectedAs(SourceKind.UNHCR_POPULATION, e));
      }
    }
    return outcomes;
  }

  private InputOutcome load(
      SourceFile file,
      Provenance provenance,
      UnhcrPopulationFile content,
      List<TableCommit> commits) {
    Scope thisFile = Scope.where(Lineage.SOURCE_CHECKSUM, file.checksum());
    Dataset<Row> bronze =
        warehouse
            .spark()
            .createDataFrame(content.bronzeRows(), SparkSchemas.of(BronzeTables.UNHCR_POPULATION));
    commits.add(warehouse.replaceSlice(BronzeTables.UNHCR_POPULATION, bronze, thisFile));
    Dataset<Row> checked = UnhcrConformance.check(bronze, countries).persist();
    try {
      Dataset<Row> accepted = UnhcrConformance.accepted(checked);
      Set<Integer> years = new TreeSet<>();
      accepted.select("year").distinct().collectAsList().forEach(r -> years.add(r.getInt(0)));
      if (!years.isEmpty()) {
        commits.add(
            warehouse.merge(
                RefugeePopulationSilver.TABLE, accepted, RefugeePopulationSilver.scope(years)));
      }
      Dataset<Row> quarantined =
          UnhcrConformance.quarantined(checked).unionByName(rejected(content, provenance));
      commits.add(warehouse.replaceSlice(SilverTables.QUARANTINE, quarantined, thisFile));

      Map<Boolean, Long> counts = new HashMap<>();
      checked
          .groupBy(size(col("reasons")).equalTo(0))
          .count()
          .collectAsList()
          .forEach(r -> counts.put(r.getBoolean(0), r.getLong(1)));
      long acceptedRows = counts.getOrDefault(true, 0L);
      long quarantinedRows = counts.getOrDefault(false, 0L) + content.rejected().size();
      InputOutcome outcome =
          new InputOutcome(
              SourceKind.UNHCR_POPULATION.label(),
              file.name(),
              file.checksum(),
              InputOutcome.InputStatus.LOADED,
              Optional.empty(),
              content.rowsRead(),
              acceptedRows,
              quarantinedRows);
      if (!outcome.reconciles()) {
        throw EtlErrors.unreconciled(
            file.name(), content.rowsRead(), acceptedRows, quarantinedRows);
      }
      return outcome;
    } finally {
      checked.unpersist();
    }
  }

  private Dataset<Row> rejected(UnhcrPopulationFile content, Provenance provenance) {
    return warehouse
        .spark()
        .createDataFrame(
            QuarantineRows.of(
                SourceKind.UNHCR_POPULATION,
                SilverTables.REFUGEE_POPULATION.qualifiedName(),
                provenance,
                content.rejected()),
            SparkSchemas.of(SilverTables.QUARANTINE));
  }
}
