package org.corridor.api.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.corridor.warehouse.table.TableSpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code corridor.*}: where the warehouse lives and how often its tables are polled
 * for new versions.
 *
 * @param warehouse root of the warehouse, a local path or a URI ({@code file:}, {@code s3a:})
 * @param refreshInterval delay between two checks of a table's latest version
 */
@ConfigurationProperties("corridor")
public record CorridorProperties(
    @DefaultValue("./data/warehouse") String warehouse,
    @DefaultValue("5s") Duration refreshInterval) {

  public CorridorProperties {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(refreshInterval, "refreshInterval is null");
    if (warehouse.isBlank()) {
      throw new IllegalArgumentException("corridor.warehouse is blank; give a path or a URI");
    }
    if (refreshInterval.isNegative() || refreshInterval.isZero()) {
      throw new IllegalArgumentException(
          "corridor.refresh-interval must be positive, e.g. 5s; was " + refreshInterval);
    }
  }

  /** The location of a table under the warehouse root, e.g. {@code <root>/gold/vintage}. */
  public String tableLocation(TableSpec table) {
    String root =
        warehouse.endsWith("/") ? warehouse.substring(0, warehouse.length() - 1) : warehouse;
    return root + "/" + table.relativePath();
  }
}
