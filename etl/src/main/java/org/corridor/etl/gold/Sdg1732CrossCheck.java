package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Compares Corridor's country values of 17.3.2 with the World Bank's own published ratio. Both
 * divide the same WDI series, so they should agree to the publisher's rounding; a larger gap means
 * the inputs are of different releases (or a defect), which a statistician must see before
 * publishing.
 */
public final class Sdg1732CrossCheck {
  /** Gaps above this, in percentage points, are reported; WDI rounds below it. */
  public static final double TOLERANCE_PP = 0.01;

  private Sdg1732CrossCheck() {}

  /** How many country-years both have, and how many of them differ by more than the tolerance. */
  public record Result(long compared, long differing) {}

  public static Result compare(Dataset<Row> gold, Dataset<Row> published) {
    Row counts =
        differences(gold, published)
            .agg(
                count(lit(1)),
                sum(when(abs(col("difference_pp")).gt(TOLERANCE_PP), 1).otherwise(0)))
            .first();
    return new Result(counts.getLong(0), counts.isNullAt(1) ? 0 : counts.getLong(1));
  }

  /** One row per country-year both have: Corridor's value, the publisher's and the gap. */
  private static Dataset<Row> differences(Dataset<Row> gold, Dataset<Row> published) {
    Dataset<Row> ours =
        gold.where(
                col("indicator")
                    .equalTo(Sdg1732Gold.INDICATOR)
                    .and(col("area_kind").equalTo("COUNTRY")))
            .select(col("area"), col("year"), col("value").alias("corridor_value"));
    Dataset<Row> theirs =
        published
            .where(col("indicator").equalTo(Sdg1732Gold.INDICATOR))
            .select(col("area"), col("year"), col("value").alias("publisher_value"));
    return ours.join(theirs, new String[] {"area", "year"})
        .withColumn("difference_pp", col("corridor_value").minus(col("publisher_value")));
  }
}
