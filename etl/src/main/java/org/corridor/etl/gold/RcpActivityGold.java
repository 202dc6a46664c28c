package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
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
 * What Regional Consultative Processes on migration report doing, from {@code silver.rcp_activity}.
 *
 * <p>{@code RCP.ACTIVITIES} counts records per RCP (area {@code RCP_<code>}) and year (see {@link
 * ActivityYears}) in series named after the record's status: {@code REPORTED} for activities, and
 * {@code NO_EXAMPLE_PROVIDED} and {@code NO_RESPONSE_GIVEN} for an RCP's answer that it had none
 * and for no answer at all, kept apart because "nothing to report" is not "not asked". Each status
 * has a series per activity column of the annex ({@code REPORTED.CAPACITY_BUILDING}) and, for
 * activities, per GFMD roundtable and sub-theme they serve ({@code REPORTED.RT2}, {@code
 * REPORTED.RT2a}); the world figure sums the RCPs.
 *
 * <p>{@code RCP.GFMD_LINK_SHARE} is the share of RCPs that reported a link to the GFMD among the
 * RCPs a source covers in that column, per source reference year. RCPs that gave no response stay
 * in the denominator, as the annex counts them among the RCPs asked; the footnote says how many
 * answered each way.
 */
public final class RcpActivityGold implements GoldIndicatorJob {
  public static final String ACTIVITIES = "RCP.ACTIVITIES";
  public static final String GFMD_LINK_SHARE = "RCP.GFMD_LINK_SHARE";
  static final String REPORTED = "REPORTED";
  private static final String LINK_COLUMN = "link_to_gfmd";
  private static final String SOURCE = "RCP activity records (RCP annex and secretariat reports)";

  @Override
  public List<String> indicators() {
    return List.of(ACTIVITIES, GFMD_LINK_SHARE);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.RCP_ACTIVITY);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> records = inputs.read(SilverTables.RCP_ACTIVITY);
    return activityCounts(ActivityYears.countedYears(records), inputs.runId())
        .unionByName(linkShare(records, inputs.runId()));
  }

  private static Dataset<Row> activityCounts(Dataset<Row> counted, String runId) {
    Column status = upper(col("status"));
    Dataset<Row> byStatus = counted.withColumn("series", status);
    Dataset<Row> byColumn =
        counted.withColumn("series", concat(status, lit("."), upper(col("activity_column"))));
    // A record tagged RT2a also serves roundtable RT2; counted once there however many tags lead.
    Dataset<Row> tags =
        counted.where(status.equalTo(REPORTED)).withColumn("tag", explode(col("gfmd_roundtables")));
    Dataset<Row> byRoundtable =
        tags.withColumn("tag", col("tag").substr(1, 3))
            .dropDuplicates("source", "rcp", "activity_column", "sequence", "year", "tag")
            .unionByName(tags.where(col("tag").rlike("^RT[0-9][a-z]$")))
            .withColumn("series", concat(lit(REPORTED + "."), col("tag")))
            .drop("tag");
    Dataset<Row> perRcp =
        byStatus
            .unionByName(byColumn)
            .unionByName(byRoundtable)
            .groupBy(col("rcp"), col("series"), col("year"), col("reference_year"))
            .agg(
                count(lit(1)).cast("double").alias("records"),
                sum(when(col("undated"), 1).otherwise(0)).alias("undated"));
    Dataset<Row> world =
        perRcp
            .groupBy(col("series"), col("year"), col("reference_year"))
            .agg(sum("records").alias("records"), sum("undated").alias("undated"));

    Map<String, Column> rcpColumns = countColumns(runId);
    rcpColumns.put("area", concat(lit("RCP_"), col("rcp")));
    rcpColumns.put("area_kind", lit("AGGREGATE"));
    rcpColumns.put("nature", lit("C"));
    rcpColumns.put("aggregation_method", lit("NONE"));
    Map<String, Column> worldColumns =
        Observations.yearly(
            Observations.worldOverUnits(countColumns(runId), AggregationMethod.SUM, ""));
    worldColumns.put("footnote", undatedNote("Sum over the RCPs' records"));
    return Observations.project(perRcp, rcpColumns)
        .unionByName(Observations.project(world, worldColumns));
  }

  private static Map<String, Column> countColumns(String runId) {
    Map<String, Column> columns =
        Observations.yearly(Observations.common(ACTIVITIES, col("series"), "COUNT", SOURCE, runId));
    columns.put("value", col("records"));
    columns.put("numerator", col("records"));
    columns.put("footnote", undatedNote("Records of the RCP"));
    return columns;
  }

  private static Column undatedNote(String what) {
    Column note =
        format_string(
            "%s; %d of them name no year and are counted in their source's reference year %d.",
            lit(what), col("undated"), col("reference_year"));
    return when(col("undated").gt(0), note).otherwise(lit(what + ".")).cast("string");
  }

  /** Per source reference year: RCPs with a reported link over RCPs with any link record. */
  private static Dataset<Row> linkShare(Dataset<Row> records, String runId) {
    Dataset<Row> answers =
        records
            .where(col("activity_column").equalTo(LINK_COLUMN))
            .join(ActivityYears.referenceYears(records), "source")
            .where(col("reference_year").isNotNull())
            .select(
                col("reference_year").alias("year"), col("rcp"), upper(col("status")).alias("s"));
    Dataset<Row> shares =
        answers
            .groupBy("year")
            .agg(
                countDistinct(col("rcp")).cast("double").alias("covered"),
                countDistinct(when(col("s").equalTo(REPORTED), col("rcp"))).alias("reported"),
                countDistinct(when(col("s").equalTo("NO_EXAMPLE_PROVIDED"), col("rcp")))
                    .alias("none"),
                countDistinct(when(col("s").equalTo("NO_RESPONSE_GIVEN"), col("rcp")))
                    .alias("silent"));
    Map<String, Column> columns =
        Observations.yearly(
            Observations.worldOverUnits(
                Observations.common(
                    GFMD_LINK_SHARE, lit(GFMD_LINK_SHARE), "PERCENT", SOURCE, runId),
                AggregationMethod.RATIO_OF_SUMS,
                ""));
    columns.put("value", col("reported").multiply(100.0).divide(col("covered")));
    columns.put("numerator", col("reported").cast("double"));
    columns.put("denominator", col("covered"));
    columns.put(
        "footnote",
        format_string(
            "Share of the %d RCPs with a record on their link to the GFMD: %d reported one, %d"
                + " reported none, %d gave no response.",
            col("covered").cast("int"), col("reported"), col("none"), col("silent")));
    return Observations.project(shares, columns);
  }
}
