package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.reference.ActivityCodes;
import org.corridor.warehouse.table.Lineage;

/**
 * Validates records of the RCP activity layout: a known RCP (and, if given, the thematic group the
 * RCP annex gives it), one of the annex's activity columns, a status, a positive sequence, text for
 * a reported activity and none for a reported absence, years, ISO3 countries and GFMD, GCM and SDG
 * tags from their code lists, and (source, RCP, column, sequence) unique within a file.
 */
public final class RcpActivityConformance {
  private static final List<String> ACTIVITY_COLUMNS = ActivityCodes.RCP_ACTIVITY_COLUMNS;

  private static final String REPORTED = "reported";
  private static final List<String> STATUSES =
      List.of(REPORTED, "no_example_provided", "no_response_given");
  private static final List<String> ABSENCES = STATUSES.subList(1, STATUSES.size());
  private static final List<String> REQUIRED =
      List.of("source", "rcp", "activity_column", "sequence", "status");
  private static final String POSITIVE_NUMBER = "^[1-9][0-9]{0,8}$";

  private RcpActivityConformance() {}

  /** Adds a {@code reasons} array (empty for valid records) and the parsed lists to bronze rows. */
  public static Dataset<Row> check(Dataset<Row> bronze, ActivityCodeLists codes) {
    return bronze
        .withColumn("annex_group", annexGroup(codes.rcpGroups()))
        .withColumn("year_list", CodeCells.codes("years"))
        .withColumn("country_list", CodeCells.codes("countries"))
        .withColumn("roundtable_list", CodeCells.codes("gfmd_roundtables"))
        .withColumn("objective_list", CodeCells.codes("gcm_objectives"))
        .withColumn("target_list", CodeCells.codes("sdg_targets"))
        .withColumn(
            "records_with_key",
            count(lit(1))
                .over(
                    Window.partitionBy(
                        col(Lineage.SOURCE_CHECKSUM),
                        col("source"),
                        col("rcp"),
                        col("activity_column"),
                        col("sequence"))))
        .withColumn("reasons", array_compact(array(reasons(codes).toArray(Column[]::new))));
  }

  private static List<Column> reasons(ActivityCodeLists codes) {
    Object[] rcps = codes.rcpGroups().keySet().toArray();
    List<Column> reasons = new ArrayList<>();
    for (String column : REQUIRED) {
      reasons.add(
          ReasonColumns.failing(col(column).isNull(), Reason.MISSING_REQUIRED_FIELD, lit(column)));
    }
    reasons.add(
        ReasonColumns.failing(
            col("status").equalTo(REPORTED).and(col("text").isNull()),
            Reason.MISSING_REQUIRED_FIELD,
            lit("text of a reported activity")));
    reasons.add(ReasonColumns.failing(not(col("rcp").isin(rcps)), Reason.UNKNOWN_RCP, col("rcp")));
    reasons.add(
        ReasonColumns.failing(
            not(col("activity_column").isin(ACTIVITY_COLUMNS.toArray())),
            Reason.INVALID_VALUE,
            concat(lit("activity column "), col("activity_column"))));
    reasons.add(
        ReasonColumns.failing(
            not(col("status").isin(STATUSES.toArray())),
            Reason.INVALID_VALUE,
            concat(lit("status "), col("status"))));
    reasons.add(
        ReasonColumns.failing(
            not(col("sequence").rlike(POSITIVE_NUMBER)),
            Reason.INVALID_VALUE,
            concat(lit("sequence "), col("sequence"))));
    // The group is optional in a file, but where given it must be the annex's.
    Column groupAgrees =
        coalesce(col("annex_group").cast("string").equalTo(col("thematic_group")), lit(false));
    reasons.add(
        ReasonColumns.failing(
            col("rcp").isin(rcps).and(col("thematic_group").isNotNull()).and(not(groupAgrees)),
            Reason.INVALID_VALUE,
            concat(
                lit("thematic group "),
                col("thematic_group"),
                lit(" of "),
                col("rcp"),
                lit("; the RCP annex gives "),
                coalesce(col("annex_group").cast("string"), lit("none")))));
    reasons.add(
        ReasonColumns.failing(
            col("status").isin(ABSENCES.toArray()).and(col("text").isNotNull()),
            Reason.INVALID_VALUE,
            concat(col("status"), lit(" with text"))));
    reasons.add(CodeCells.badYears(col("year_list")));
    reasons.add(
        CodeCells.unknown(
            col("country_list"), codes.countries(), Reason.UNKNOWN_AREA_CODE, "countries"));
    reasons.add(
        CodeCells.unknown(col("roundtable_list"), codes.gfmdTags(), Reason.UNKNOWN_TAG, "GFMD"));
    reasons.add(
        CodeCells.unknown(
            col("objective_list"), codes.gcmObjectives(), Reason.UNKNOWN_TAG, "GCM objective"));
    reasons.add(
        CodeCells.unknown(
            col("target_list"), codes.sdgTargets(), Reason.UNKNOWN_TAG, "SDG target"));
    reasons.add(
        ReasonColumns.failing(
            col("records_with_key").gt(1),
            Reason.DUPLICATE_KEY,
            concat(
                concat_ws(" ", col("source"), col("rcp"), col("activity_column"), col("sequence")),
                lit(" on "),
                col("records_with_key").cast("string"),
                lit(" records"))));
    return reasons;
  }

  /** Valid records in the shape of silver.rcp_activity. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("source"),
                col("rcp"),
                col("annex_group").alias("thematic_group"),
                col("activity_column"),
                col("sequence").cast("int").alias("sequence"),
                upper(col("status")).alias("status"),
                col("text"),
                col("year_list").cast("array<int>").alias("years"),
                col("country_list").alias("countries"),
                col("roundtable_list").alias("gfmd_roundtables"),
                col("objective_list").cast("array<int>").alias("gcm_objectives"),
                col("target_list").alias("sdg_targets"),
                col("note")));
  }

  /** The thematic group the RCP annex gives the record's RCP; null for RCPs it does not cover. */
  private static Column annexGroup(Map<String, Optional<Integer>> groups) {
    Column group = lit(null).cast("int");
    for (Map.Entry<String, Optional<Integer>> rcp : groups.entrySet()) {
      if (rcp.getValue().isPresent()) {
        group = when(col("rcp").equalTo(rcp.getKey()), lit(rcp.getValue().get())).otherwise(group);
      }
    }
    return group;
  }
}
