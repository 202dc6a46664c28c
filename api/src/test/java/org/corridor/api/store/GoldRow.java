package org.corridor.api.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * One hand-written row of a gold (or served silver) table for tests, with plausible defaults,
 * changed column by column with {@link #with(String, Object)}.
 */
public final class GoldRow {
  private final TableSpec table;
  private final Map<String, Object> values = new HashMap<>();

  private GoldRow(TableSpec table) {
    this.table = table;
  }

  /** A row of any table, gold or silver, with no column set yet. */
  public static GoldRow of(TableSpec table) {
    return new GoldRow(table);
  }

  /** A country observation of a World Bank indicator in per cent of GDP. */
  public static GoldRow of(String indicator, String area, String period, double value) {
    return new GoldRow(GoldTables.INDICATOR_OBSERVATION)
        .with("indicator", indicator)
        .with("series", indicator)
        .with("area", area)
        .with("area_kind", "COUNTRY")
        .with("period", period)
        .with("year", Integer.parseInt(period.substring(0, 4)))
        .with("value", value)
        .with("unit", "PERCENT_GDP")
        .with("obs_status", "A")
        .with("nature", "C")
        .with("aggregation_method", "NONE")
        .with("source", "World Bank WDI")
        .with("_run_id", "test-run");
  }

  /** A progress assessment of an indicator's own series, from 2015 to 2023, not yet assessed. */
  public static GoldRow progress(String indicator, String area, String method) {
    return new GoldRow(GoldTables.PROGRESS_ASSESSMENT)
        .with("indicator", indicator)
        .with("series", indicator)
        .with("area", area)
        .with("method", method)
        .with("baseline_period", "2015")
        .with("baseline_value", 1.0)
        .with("latest_period", "2023")
        .with("latest_value", 1.0)
        .with("category", "NOT_ASSESSABLE")
        .with("thresholds", "none")
        .with("_run_id", "test-run");
  }

  /** The row of {@code gold.vintage} pinning one table's version under a name. */
  public static GoldRow vintage(String name, String table, long version, Instant createdAt) {
    return new GoldRow(GoldTables.VINTAGE)
        .with("name", name)
        .with("table_name", table)
        .with("table_version", version)
        .with("created_at", ChronoUnit.MICROS.between(Instant.EPOCH, createdAt));
  }

  /** Sets a column, which must exist in the table's spec; null clears it. */
  public GoldRow with(String column, Object value) {
    if (table.column(column).isEmpty()) {
      throw new IllegalArgumentException(table.qualifiedName() + " has no column " + column);
    }
    values.put(column, value);
    return this;
  }

  TableSpec table() {
    return table;
  }

  Object value(String column) {
    return values.get(column);
  }

  Map<String, Object> values() {
    return new HashMap<>(values);
  }
}
