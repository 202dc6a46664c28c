package org.corridor.api.store;

import java.util.HashMap;
import java.util.Map;

/**
 * One hand-written row of {@code gold.indicator_observation} for tests: a country observation with
 * plausible defaults, changed column by column with {@link #with(String, Object)}.
 */
public final class GoldRow {
  private final Map<String, Object> values = new HashMap<>();

  private GoldRow() {}

  /** A country observation of a World Bank indicator in per cent of GDP. */
  public static GoldRow of(String indicator, String area, String period, double value) {
    return new GoldRow()
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

  /** Sets a column, which must exist in the table's spec; null clears it. */
  public GoldRow with(String column, Object value) {
    if (ObservationSnapshot.TABLE.column(column).isEmpty()) {
      throw new IllegalArgumentException("gold.indicator_observation has no column " + column);
    }
    values.put(column, value);
    return this;
  }

  Object value(String column) {
    return values.get(column);
  }

  Map<String, Object> values() {
    return new HashMap<>(values);
  }
}
