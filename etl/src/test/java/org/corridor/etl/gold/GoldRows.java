package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
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

  /**
   * Where a ratio's components are given, its value is their ratio times the catalogue's scale: the
   * API aggregates any list of countries from those components and that scale alone.
   */
  static void assertRatiosFollowCatalogueScale(Dataset<Row> observations) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.load();
    List<Row> ratios =
        observations
            .where(col("numerator").isNotNull().and(col("denominator").notEqual(0)))
            .select("indicator", "series", "area", "period", "value", "numerator", "denominator")
            .collectAsList();
    for (Row row : ratios) {
      Indicator indicator = catalogue.require(row.getString(0));
      if (!RATIOS.contains(indicator.aggregation())) {
        continue;
      }
      double expected = row.getDouble(5) / row.getDouble(6) * indicator.scale();
      assertThat(row.getDouble(4))
          .as("%s %s %s %s", row.get(0), row.get(1), row.get(2), row.get(3))
          .isCloseTo(expected, within(Math.abs(expected) * 1e-9 + 1e-12));
    }
  }

  private static final Set<AggregationMethod> RATIOS =
      Set.of(
          AggregationMethod.RATIO_OF_SUMS,
          AggregationMethod.MEAN_OF_UNITS,
          AggregationMethod.SHARE_OF_COUNTRIES);
}
