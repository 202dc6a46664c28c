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
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import java.io.IOException;
import java.util.Optional;
import org.corridor.api.config.CorridorProperties;
import org.springframework.stereotype.Component;

/**
 * Reads {@code gold.indicator_observation} with the Delta kernel: checking the latest version is
 * cheap (the log only), reading a version scans every data file once.
 */
@Component
class GoldTableReader {
  private final Engine engine;
  private final String location;

  GoldTableReader(Engine engine, CorridorProperties properties) {
    this.engine = engine;
    this.location = properties.tableLocation(ObservationSnapshot.TABLE);
  }

  String location() {
    return location;
  }

  /** The latest snapshot of the table, empty while the table does not exist. */
  Optional<Snapshot> latest() {
    try {
      return Optional.of(TableManager.loadSnapshot(location).build(engine));
    } catch (TableNotFoundException e) {
      return Optional.empty();
    }
  }

  ObservationSnapshot read(Snapshot snapshot) throws IOException {
    KernelSchema.requireCompatible(ObservationSnapshot.TABLE, snapshot.getSchema());
    Scan scan = snapshot.getScanBuilder().build();
    Row scanState = scan.getScanState(engine);
    // The kernel has no public accessor for the physical schema and the scan file's status yet;
    // its own examples use these internal helpers.
    StructType physicalSchema = ScanStateRow.getPhysicalDataReadSchema(scanState);
    SnapshotAssembler assembler = new SnapshotAssembler(ObservationSnapshot.TABLE);
    try (CloseableIterator<FilteredColumnarBatch> scanFiles = scan.getScanFiles(engine)) {
      while (scanFiles.hasNext()) {
        try (CloseableIterator<Row> files = scanFiles.next().getRows()) {
          while (files.hasNext()) {
            readFile(scanState, physicalSchema, files.next(), assembler);
          }
        }
      }
    }
    return assembler.build(snapshot.getVersion());
  }

  /**
   * Goes through {@link Scan#transformPhysicalData} so that deletion vectors, partition values and
   * column mapping are applied as the Delta protocol says.
   */
  private void readFile(
      Row scanState, StructType physicalSchema, Row scanFile, SnapshotAssembler assembler)
      throws IOException {
    FileStatus file = InternalScanFileUtils.getAddFileStatus(scanFile);
    CloseableIterator<ColumnarBatch> physicalData =
        engine
            .getParquetHandler()
            .readParquetFiles(singletonCloseableIterator(file), physicalSchema, Optional.empty())
            .map(FileReadResult::getData);
    try (CloseableIterator<FilteredColumnarBatch> logicalData =
        Scan.transformPhysicalData(engine, scanState, scanFile, physicalData)) {
      while (logicalData.hasNext()) {
        assembler.append(logicalData.next());
      }
    }
  }
}
