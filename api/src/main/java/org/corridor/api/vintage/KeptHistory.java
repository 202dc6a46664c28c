package org.corridor.api.vintage;

import io.delta.kernel.Operation;
import io.delta.kernel.Snapshot;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.utils.CloseableIterable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridor.warehouse.table.VintageRules;

/**
 * Sets {@link VintageRules#KEPT_HISTORY} on a table before a vintage pins it, as the ETL's {@code
 * KeptHistory} does with {@code ALTER TABLE ... SET TBLPROPERTIES}, so that Delta's log cleanup and
 * time-travel limits never make the pinned version unreadable. The kernel (4.4) knows all three
 * properties and lets a writer set them ({@code TableConfig}: each is user-editable), and accepts
 * the interval form {@code interval 36500 days} that Spark writes.
 */
final class KeptHistory {
  private final Engine engine;
  private final String engineInfo;

  KeptHistory(Engine engine, String engineInfo) {
    this.engine = engine;
    this.engineInfo = engineInfo;
  }

  /**
   * Sets the properties the table lacks in one metadata-only commit, none when it has them all.
   *
   * @return the table's version once they are set: the one a vintage pins
   */
  long keep(Snapshot table) {
    Map<String, String> current = table.getTableProperties();
    Map<String, String> missing = new LinkedHashMap<>();
    VintageRules.KEPT_HISTORY.forEach(
        (key, value) -> {
          if (!value.equals(current.get(key))) {
            missing.put(key, value);
          }
        });
    if (missing.isEmpty()) {
      return table.getVersion();
    }
    return table
        .buildUpdateTableTransaction(engineInfo, Operation.MANUAL_UPDATE)
        .withTablePropertiesAdded(missing)
        .build(engine)
        .commit(engine, CloseableIterable.emptyIterable())
        .getVersion();
  }
}
