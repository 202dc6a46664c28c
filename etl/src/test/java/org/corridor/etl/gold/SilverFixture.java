package org.corridor.etl.gold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.TestSpark;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.silver.ReferenceTables;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.Column;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * A warehouse holding hand-written silver rows, for testing a gold rule on exactly the rows its
 * expected values are worked out from. Rows are given as column-value maps; lineage columns are
 * filled in, and every other column not given is null.
 */
final class SilverFixture {
  private final Warehouse warehouse;
  private final Map<TableSpec, List<Map<String, Object>>> tables = new LinkedHashMap<>();

  SilverFixture(Path folder) {
    warehouse = new Warehouse(TestSpark.session(), folder.toString());
    Areas areas = Areas.load();
    warehouse.merge(
        SilverTables.AREA, ReferenceTables.areas(warehouse.spark(), areas), Scope.wholeTable());
    warehouse.merge(
        SilverTables.AREA_MEMBERSHIP,
        ReferenceTables.memberships(warehouse.spark(), areas),
        Scope.wholeTable());
  }

  /** Adds a row to a silver table; written by {@link #write()}. */
  SilverFixture row(TableSpec spec, Map<String, Object> values) {
    tables.computeIfAbsent(spec, s -> new ArrayList<>()).add(values);
    return this;
  }

  /** Writes every table given rows and returns the gold job's inputs over them. */
  GoldInputs write() {
    tables.forEach((spec, rows) -> warehouse.merge(spec, frame(spec, rows), Scope.wholeTable()));
    return new GoldInputs(warehouse, "test-run");
  }

  private Dataset<Row> frame(TableSpec spec, List<Map<String, Object>> rows) {
    List<Row> sparkRows = new ArrayList<>();
    long line = 1;
    for (Map<String, Object> values : rows) {
      for (String name : values.keySet()) {
        if (spec.column(name).isEmpty()) {
          throw new IllegalArgumentException(spec.qualifiedName() + " has no column " + name);
        }
      }
      Object[] cells = new Object[spec.columns().size()];
      int i = 0;
      for (Column column : spec.columns()) {
        cells[i++] = lineage(column.name(), line).orElse(values.get(column.name()));
      }
      sparkRows.add(RowFactory.create(cells));
      line++;
    }
    return warehouse.spark().createDataFrame(sparkRows, SparkSchemas.of(spec));
  }

  private static java.util.Optional<Object> lineage(String column, long line) {
    return java.util.Optional.ofNullable(
        switch (column) {
          case Lineage.SOURCE_FILE -> "fixture.csv";
          case Lineage.SOURCE_CHECKSUM -> "fixture";
          case Lineage.SOURCE_ROW -> line;
          case Lineage.RUN_ID -> "fixture-run";
          default -> null;
        });
  }
}
