package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.GoldTables;

/** Picking observations out of a gold job's output by their key, as the tests read them. */
final class GoldRows {
  private GoldRows() {}

  /** The one observation of a series, area and period with no breakdown but those given. */
  static Row only(Dataset<Row> observations, String series, String area, String period) {
    return only(observations, series, area, period, col("series").isNotNull());
  }

  static Row only(
      Dataset<Row> observations, String series, String area, String period, Column breakdown) {
    List<Row> rows =
        observations
            .where(
                col("series")
                    .equalTo(series)
                    .and(col("area").equalTo(area))
                    .and(col("period").equalTo(period))
                    .and(breakdown))
            .collectAsList();
    assertThat(rows).as("%s %s %s", series, area, period).hasSize(1);
    return rows.get(0);
  }

  /** A job's rows must not collide on the table's key, or the write would reject them. */
  static void assertUniqueKeys(Dataset<Row> observations) {
    Column[] key =
        GoldTables.INDICATOR_OBSERVATION.naturalKey().stream()
            .map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new);
    assertThat(observations.groupBy(key).count().where(col("count").gt(1)).count())
        .as("observations sharing a key")
        .isZero();
  }
}
