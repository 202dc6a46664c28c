package org.corridor.api.vintage;

import io.delta.kernel.data.ColumnarBatch;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.store.KernelSchema;
import org.corridor.api.store.ValuesBatch;
import org.corridor.warehouse.table.GoldTables;

/** A vintage as rows of {@code gold.vintage}, one per pinned table, in the kernel's batch form. */
final class VintageRows {
  private VintageRows() {}

  /**
   * The rows of a vintage.
   *
   * @param createdAt the creation time, kept to the microsecond as a Delta timestamp holds it
   */
  static ColumnarBatch of(String name, Instant createdAt, String note, Map<String, Long> versions) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
    List<Map<String, Object>> rows = new ArrayList<>();
    versions.forEach(
        (table, version) -> {
          Map<String, Object> row = new HashMap<>();
          row.put("name", name);
          row.put("table_name", table);
          row.put("table_version", version);
          row.put("created_at", micros);
          row.put("note", note);
          rows.add(row);
        });
    return ValuesBatch.of(KernelSchema.of(GoldTables.VINTAGE), rows);
  }
}
