package org.corridor.etl.delta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.Column;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.Lineage;

/**
 * Hand-written rows of {@code gold.indicator_observation} for indicator 17.3.2, written straight to
 * a warehouse as one run would: the run's rows replace the whole table.
 */
public final class ObservationRows {
  private final List<Map<String, Object>> rows = new ArrayList<>();

  /** A country's observation for a year; {@code sex} null for the total. */
  public ObservationRows add(String area, int year, String sex, double value) {
    Map<String, Object> row = new HashMap<>();
    row.put("indicator", "17.3.2");
    row.put("series", "17.3.2");
    row.put("area", area);
    row.put("area_kind", "COUNTRY");
    row.put("period", String.valueOf(year));
    row.put("year", year);
    row.put("sex", sex);
    row.put("value", value);
    row.put("unit", "PERCENT_GDP");
    row.put("obs_status", "A");
    row.put("nature", "C");
    row.put("aggregation_method", "NONE");
    row.put("source", "fixture");
    rows.add(row);
    return this;
  }

  public void write(Warehouse warehouse, String runId) {
    List<Row> sparkRows = new ArrayList<>();
    for (Map<String, Object> values : rows) {
      sparkRows.add(
          RowFactory.create(
              GoldTables.INDICATOR_OBSERVATION.columns().stream()
                  .map(Column::name)
                  .map(c -> c.equals(Lineage.RUN_ID) ? runId : values.get(c))
                  .toArray()));
    }
    warehouse.merge(
        GoldTables.INDICATOR_OBSERVATION,
        warehouse
            .spark()
            .createDataFrame(sparkRows, SparkSchemas.of(GoldTables.INDICATOR_OBSERVATION)),
        Scope.wholeTable());
  }
}
