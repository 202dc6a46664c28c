package org.corridor.api.store;

import io.delta.kernel.data.FilteredColumnarBatch;
import java.util.List;
import java.util.Optional;

/** Snapshots assembled in memory from rows, for tests of what reads them. */
public final class TestSnapshots {
  private TestSnapshots() {}

  /** The observations, sorted as a loaded snapshot's are. */
  public static ObservationSnapshot observations(List<GoldRow> rows) {
    ValuesBatch batch =
        ValuesBatch.of(
            KernelSchema.of(ObservationSnapshot.TABLE),
            rows.stream().map(GoldRow::values).toList());
    SnapshotAssembler assembler = new SnapshotAssembler(ObservationSnapshot.TABLE);
    assembler.append(new FilteredColumnarBatch(batch, Optional.empty()));
    return ObservationSnapshot.of(assembler.build(1));
  }
}
