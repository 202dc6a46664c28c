package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.TableCommit;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.silver.GdpSilver;
import org.corridor.etl.silver.PopulationSilver;
import org.corridor.etl.silver.PublishedIndicatorSilver;
import org.corridor.etl.silver.PublisherAggregateSilver;
import org.corridor.etl.silver.RemittanceFlowSilver;
import org.corridor.etl.silver.WdiConformance;
import org.corridor.etl.source.wdi.WdiSeries;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Loads one round of WDI files (at most one per series) with one write per table: bronze cells, the
 * silver tables the series feed, the publisher's aggregates, and quarantine. Each Delta commit
 * costs seconds however small the data, so a folder of files is loaded together, not file by file.
 */
final class WdiBatch {
  private final Warehouse warehouse;
  private final Dataset<Row> areaRoles;

  WdiBatch(Warehouse warehouse, Dataset<Row> areaRoles) {
    this.warehouse = warehouse;
    this.areaRoles = areaRoles;
  }

  List<InputOutcome> load(List<ParsedWdiFile> files, List<TableCommit> commits) {
    List<Row> cells = new ArrayList<>();
    List<Row> fileRows = new ArrayList<>();
    Set<WdiSeries> series = EnumSet.noneOf(WdiSeries.class);
    for (ParsedWdiFile file : files) {
      cells.addAll(file.content().bronzeRows());
      WdiSeries fileSeries = file.content().series();
      series.add(fileSeries);
      fileRows.add(
          RowFactory.create(
              file.file().checksum(),
              fileSeries.code(),
              target(fileSeries).qualifiedName(),
              fileSeries.isPercentage()));
    }
    Scope theseFiles =
        Scope.in(Lineage.SOURCE_CHECKSUM, files.stream().map(f -> f.file().checksum()).toList());
    Dataset<Row> bronze =
        warehouse.spark().createDataFrame(cells, SparkSchemas.of(BronzeTables.WDI_INDICATOR));
    commits.add(warehouse.replaceSlice(BronzeTables.WDI_INDICATOR, bronze, theseFiles));

    Dataset<Row> checked =
        WdiConformance.check(
                bronze,
                warehouse.spark().createDataFrame(fileRows, WdiConformance.FILE_SCHEMA),
                areaRoles)
            .persist();
    try {
      Dataset<Row> facts = WdiConformance.countryFacts(checked);
      writeSilver(series, facts, commits);
      commits.add(
          warehouse.merge(
              PublisherAggregateSilver.TABLE,
              PublisherAggregateSilver.transform(WdiConformance.publisherAggregates(checked)),
              PublisherAggregateSilver.scope(series)));
      Dataset<Row> quarantined =
          WdiConformance.quarantined(checked).unionByName(rejectedRecords(files));
      commits.add(warehouse.replaceSlice(SilverTables.QUARANTINE, quarantined, theseFiles));
      return outcomes(files, checked);
    } finally {
      checked.unpersist();
    }
  }

  private void writeSilver(Set<WdiSeries> series, Dataset<Row> facts, List<TableCommit> commits) {
    EnumSet<WdiSeries> flows =
        EnumSet.of(WdiSeries.REMITTANCES_RECEIVED, WdiSeries.REMITTANCES_PAID);
    flows.retainAll(series);
    if (!flows.isEmpty()) {
      commits.add(
          warehouse.merge(
              RemittanceFlowSilver.TABLE,
              RemittanceFlowSilver.transform(ofSeries(facts, flows)),
              RemittanceFlowSilver.scope(flows)));
    }
    if (series.contains(WdiSeries.GDP)) {
      commits.add(
          warehouse.merge(
              GdpSilver.TABLE,
              GdpSilver.transform(ofSeries(facts, EnumSet.of(WdiSeries.GDP))),
              GdpSilver.scope()));
    }
    if (series.contains(WdiSeries.POPULATION)) {
      commits.add(
          warehouse.merge(
              PopulationSilver.TABLE,
              PopulationSilver.transform(ofSeries(facts, EnumSet.of(WdiSeries.POPULATION))),
              PopulationSilver.scope()));
    }
    if (series.contains(WdiSeries.REMITTANCES_RECEIVED_SHARE_OF_GDP)) {
      EnumSet<WdiSeries> published = EnumSet.of(WdiSeries.REMITTANCES_RECEIVED_SHARE_OF_GDP);
      commits.add(
          warehouse.merge(
              PublishedIndicatorSilver.TABLE,
              PublishedIndicatorSilver.transform(ofSeries(facts, published)),
              PublishedIndicatorSilver.scope(published)));
    }
  }

  private static Dataset<Row> ofSeries(Dataset<Row> facts, Set<WdiSeries> series) {
    return facts.where(col("file_series").isin(series.stream().map(WdiSeries::code).toArray()));
  }

  /** Per file: rows read, accepted and quarantined, which must add up. */
  private static List<InputOutcome> outcomes(List<ParsedWdiFile> files, Dataset<Row> checked) {
    Map<String, long[]> counts = new HashMap<>();
    for (Row row :
        checked
            .groupBy(col(Lineage.SOURCE_CHECKSUM), size(col("reasons")).equalTo(0).alias("ok"))
            .count()
            .collectAsList()) {
      long[] pair = counts.computeIfAbsent(row.getString(0), c -> new long[2]);
      pair[row.getBoolean(1) ? 0 : 1] += row.getLong(2);
    }
    List<InputOutcome> outcomes = new ArrayList<>();
    for (ParsedWdiFile file : files) {
      long[] pair = counts.getOrDefault(file.file().checksum(), new long[2]);
      long quarantined = pair[1] + file.content().rejected().size();
      InputOutcome outcome =
          new InputOutcome(
              SourceKind.WDI.label(),
              file.file().name(),
              file.file().checksum(),
              InputOutcome.InputStatus.LOADED,
              Optional.empty(),
              file.content().rowsRead(),
              pair[0],
              quarantined);
      if (!outcome.reconciles()) {
        throw EtlErrors.unreconciled(file.file().name(), outcome.rowsRead(), pair[0], quarantined);
      }
      outcomes.add(outcome);
    }
    return outcomes;
  }

  static TableSpec target(WdiSeries series) {
    return switch (series) {
      case REMITTANCES_RECEIVED, REMITTANCES_PAID -> RemittanceFlowSilver.TABLE;
      case GDP -> GdpSilver.TABLE;
      case POPULATION -> PopulationSilver.TABLE;
      case REMITTANCES_RECEIVED_SHARE_OF_GDP -> PublishedIndicatorSilver.TABLE;
    };
  }

  private Dataset<Row> rejectedRecords(List<ParsedWdiFile> files) {
    List<Row> rows = new ArrayList<>();
    for (ParsedWdiFile file : files) {
      rows.addAll(
          QuarantineRows.of(
              SourceKind.WDI,
              target(file.content().series()).qualifiedName(),
              file.provenance(),
              file.content().rejected()));
    }
    return warehouse.spark().createDataFrame(rows, SparkSchemas.of(SilverTables.QUARANTINE));
  }
}
