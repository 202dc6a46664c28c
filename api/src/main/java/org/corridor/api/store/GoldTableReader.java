package org.corridor.api.store;

import static io.delta.kernel.internal.util.Utils.singletonCloseableIterator;

import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.exceptions.KernelException;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridor.api.config.CorridorProperties;
import org.corridor.warehouse.table.TableSpec;
import org.springframework.stereotype.Component;

/**
 * Reads the gold tables with the Delta kernel: checking a table's latest version is cheap (the log
 * only), reading a version scans every data file once.
 */
@Component
class GoldTableReader {
  private final Engine engine;
  private final CorridorProperties properties;

  GoldTableReader(Engine engine, CorridorProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  String location(TableSpec table) {
    return properties.tableLocation(table);
  }

  /** The latest snapshot of a table, empty while the table does not exist. */
  Optional<Snapshot> latest(TableSpec table) {
    try {
      return Optional.of(TableManager.loadSnapshot(location(table)).build(engine));
    } catch (TableNotFoundException e) {
      return Optional.empty();
    }
  }

  /** A table's snapshot at a version, which must exist. */
  Snapshot atVersion(TableSpec table, long version) {
    return TableManager.loadSnapshot(location(table)).atVersion(version).build(engine);
  }

  /**
   * The version a table was at an instant: the last one committed at or before it, as the ETL's
   * {@code Vintages.versionAsOf} resolves it; empty if the table did not exist then.
   */
  Optional<Long> versionAsOf(TableSpec table, Instant instant) {
    Optional<Snapshot> latest = latest(table);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    // The kernel refuses an instant after the latest commit, whose answer is the latest version.
    if (instant.toEpochMilli() >= latest.get().getTimestamp(engine)) {
      return Optional.of(latest.get().getVersion());
    }
    try {
      return Optional.of(
          TableManager.loadSnapshot(location(table))
              .atTimestamp(instant.toEpochMilli(), latest.get())
              .build(engine)
              .getVersion());
    } catch (KernelException e) {
      // The instant is before the first commit still readable: the table had no rows then.
      return Optional.empty();
    }
  }

  TableSnapshot read(TableSpec table, Snapshot snapshot) throws IOException {
    KernelSchema.requireCompatible(table, snapshot.getSchema());
    Scan scan = snapshot.getScanBuilder().build();
    Row scanState = scan.getScanState(engine);
    // The kernel has no public accessor for the physical schema and the scan file's status yet;
    // its own examples use these internal helpers.
    StructType physicalSchema =
        KernelSchema.withStringsAsBytes(ScanStateRow.getPhysicalDataReadSchema(scanState));
    List<Row> dataFiles = new ArrayList<>();
    try (CloseableIterator<FilteredColumnarBatch> scanFiles = scan.getScanFiles(engine)) {
      while (scanFiles.hasNext()) {
        try (CloseableIterator<Row> files = scanFiles.next().getRows()) {
          files.forEachRemaining(dataFiles::add);
        }
      }
    }
    SnapshotAssembler assembler = new SnapshotAssembler(table);
    DataFileReads.forAvailableCores()
        .forEachBatch(
            dataFiles, file -> logicalData(scanState, physicalSchema, file), assembler::append);
    return assembler.build(snapshot.getVersion());
  }

  /**
   * Goes through {@link Scan#transformPhysicalData} so that deletion vectors, partition values and
   * column mapping are applied as the Delta protocol says.
   */
  private CloseableIterator<FilteredColumnarBatch> logicalData(
      Row scanState, StructType physicalSchema, Row scanFile) throws IOException {
    FileStatus file = InternalScanFileUtils.getAddFileStatus(scanFile);
    CloseableIterator<ColumnarBatch> physicalData =
        engine
            .getParquetHandler()
            .readParquetFiles(singletonCloseableIterator(file), physicalSchema, Optional.empty())
            .map(FileReadResult::getData);
    return Scan.transformPhysicalData(engine, scanState, scanFile, physicalData);
  }
}
