package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * {@code GFMD.ACTIVITIES}: records of the GFMD's activity matrix and of practices reported to it,
 * counted per year (see {@link ActivityYears}) for the world, in series named after the record
 * type: {@code ACTIVITY} (all roundtables), {@code ACTIVITY.RT1} per roundtable and {@code
 * ACTIVITY.RT1a} per sub-theme; {@code PRACTICE} likewise.
 */
public final class GfmdActivityGold implements GoldIndicatorJob {
  public static final String INDICATOR = "GFMD.ACTIVITIES";
  private static final String SOURCE = "GFMD activity matrix and reported practices";

  @Override
  public List<String> indicators() {
    return List.of(INDICATOR);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.GFMD_ACTIVITY);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> counted =
        ActivityYears.countedYears(inputs.read(SilverTables.GFMD_ACTIVITY))
            .withColumn("type", upper(col("record_type")));
    Dataset<Row> series =
        counted
            .withColumn("series", col("type"))
            .unionByName(
                counted
                    .where(col("roundtable").isNotNull())
                    .withColumn("series", concat(col("type"), lit("."), col("roundtable"))))
            .unionByName(
                counted
                    .where(col("sub_theme").isNotNull())
                    .withColumn("series", concat(col("type"), lit("."), col("sub_theme"))));
    Dataset<Row> counts =
        series
            .groupBy(col("series"), col("year"), col("reference_year"))
            .agg(
                count(lit(1)).cast("double").alias("records"),
                sum(when(col("undated"), 1).otherwise(0)).alias("undated"));

    Map<String, Column> columns =
        Observations.yearly(
            Observations.worldOverUnits(
                Observations.common(INDICATOR, col("series"), "COUNT", SOURCE, inputs.runId()),
                AggregationMethod.SUM,
                ""));
    columns.put("value", col("records"));
    columns.put("numerator", col("records"));
    columns.put(
        "footnote",
        when(
                col("undated").gt(0),
                format_string(
                    "%d of the records name no year and are counted in their source's reference"
                        + " year %d.",
                    col("undated"), col("reference_year")))
            .otherwise(lit(null).cast("string")));
    return Observations.project(counts, columns);
  }
}
