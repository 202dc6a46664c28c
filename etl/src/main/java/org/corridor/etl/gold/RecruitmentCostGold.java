package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * SDG 10.7.1, recruitment cost borne by the worker as a proportion of monthly earnings, as the ILO
 * and the World Bank compute it: each worker's ratio C_k / E_k first, then over the workers of a
 * corridor (origin, destination), year of migration and sex (and both sexes): the mean, the median
 * and the 4th quintile (the 80th percentile, below which four fifths of the workers' ratios lie).
 * Spark's {@code percentile} is exact and interpolates linearly between neighbouring ratios.
 *
 * <p>The custodians publish no regional or global figure: a corridor's ratio says nothing about a
 * region's. So this job writes corridor figures only, and the catalogue marks the indicator not
 * aggregable for the API to say so. The area of a corridor figure is the origin, whose workers were
 * surveyed.
 */
public final class RecruitmentCostGold implements GoldIndicatorJob {
  public static final String INDICATOR = "10.7.1";
  static final String UNIT = "MONTHS_EARNINGS";
  private static final String SOURCE =
      "Recruitment cost survey (ILO / World Bank KNOMAD methodology): worker-level costs and first"
          + " month's earnings";
  private static final double FOURTH_QUINTILE = 0.8;

  @Override
  public List<String> indicators() {
    return List.of(INDICATOR);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.RECRUITMENT_COST);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> workers =
        inputs
            .read(SilverTables.RECRUITMENT_COST)
            .where(col("monthly_earnings_usd").gt(0))
            .select(
                col("origin"),
                col("destination"),
                col("migration_year").alias("year"),
                col("sex"),
                col("cost_usd").divide(col("monthly_earnings_usd")).alias("ratio"));
    Dataset<Row> bySex = workers.unionByName(workers.withColumn("sex", lit("_T")));
    Dataset<Row> statistics =
        bySex
            .groupBy(col("origin"), col("destination"), col("year"), col("sex"))
            .agg(
                sum("ratio").alias("ratio_sum"),
                count(lit(1)).cast("double").alias("workers"),
                percentile(col("ratio"), lit(0.5)).alias("median"),
                percentile(col("ratio"), lit(FOURTH_QUINTILE)).alias("quintile_4"));

    List<Dataset<Row>> series = new ArrayList<>();
    Map<String, Column> mean = columns("MEAN", inputs.runId());
    mean.put("value", col("ratio_sum").divide(col("workers")));
    mean.put("numerator", col("ratio_sum"));
    series.add(Observations.project(statistics, mean));
    Map<String, Column> median = columns("MEDIAN", inputs.runId());
    median.put("value", col("median"));
    series.add(Observations.project(statistics, median));
    Map<String, Column> quintile = columns("QUINTILE_4", inputs.runId());
    quintile.put("value", col("quintile_4"));
    series.add(Observations.project(statistics, quintile));
    return series.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  /** A corridor figure; the denominator is the number of workers it rests on. */
  private static Map<String, Column> columns(String series, String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.country(Observations.common(INDICATOR, lit(series), UNIT, SOURCE, runId)));
    columns.put("area", col("origin"));
    columns.put("origin", col("origin"));
    columns.put("destination", col("destination"));
    columns.put("sex", col("sex"));
    columns.put("denominator", col("workers"));
    return columns;
  }
}
