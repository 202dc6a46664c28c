package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.table.Lineage;

/**
 * Validates records of the GFMD activity layout: a record type, a title, a roundtable (required for
 * a matrix activity) and a sub-theme that belongs to it, countries, years and GCM and SDG tags from
 * their code lists, and (source, record id) unique within a file.
 */
public final class GfmdActivityConformance {
  private static final String ACTIVITY = "activity";
  private static final List<String> RECORD_TYPES = List.of(ACTIVITY, "practice");
  private static final List<String> REQUIRED =
      List.of("source", "record_id", "record_type", "title");

  private GfmdActivityConformance() {}

  /** Adds a {@code reasons} array (empty for valid records) and the parsed lists to bronze rows. */
  public static Dataset<Row> check(Dataset<Row> bronze, ActivityCodeLists codes) {
    return bronze
        .withColumn("sub_theme_roundtable", parent(col("sub_theme"), codes.subThemeRoundtables()))
        .withColumn("partner_list", CodeCells.names("partners"))
        .withColumn("country_list", CodeCells.codes("countries"))
        .withColumn("year_list", CodeCells.codes("years"))
        .withColumn("objective_list", CodeCells.codes("gcm_objectives"))
        .withColumn("target_list", CodeCells.codes("sdg_targets"))
        .withColumn(
            "records_with_key",
            count(lit(1))
                .over(
                    Window.partitionBy(
                        col(Lineage.SOURCE_CHECKSUM), col("source"), col("record_id"))))
        .withColumn("reasons", array_compact(array(reasons(codes).toArray(Column[]::new))));
  }

  private static List<Column> reasons(ActivityCodeLists codes) {
    List<Column> reasons = new ArrayList<>();
    for (String column : REQUIRED) {
      reasons.add(
          ReasonColumns.failing(col(column).isNull(), Reason.MISSING_REQUIRED_FIELD, lit(column)));
    }
    reasons.add(
        ReasonColumns.failing(
            col("record_type").equalTo(ACTIVITY).and(col("roundtable").isNull()),
            Reason.MISSING_REQUIRED_FIELD,
            lit("roundtable of a matrix activity")));
    reasons.add(
        ReasonColumns.failing(
            not(col("record_type").isin(RECORD_TYPES.toArray())),
            Reason.INVALID_VALUE,
            concat(lit("record type "), col("record_type"))));
    reasons.add(
        ReasonColumns.failing(
            not(col("roundtable").isin(codes.roundtableThemes().keySet().toArray())),
            Reason.UNKNOWN_TAG,
            concat(lit("GFMD roundtable "), col("roundtable"))));
    reasons.add(
        ReasonColumns.failing(
            not(col("sub_theme").isin(codes.subThemeRoundtables().keySet().toArray())),
            Reason.UNKNOWN_TAG,
            concat(lit("GFMD sub-theme "), col("sub_theme"))));
    reasons.add(
        ReasonColumns.failing(
            col("sub_theme_roundtable")
                .isNotNull()
                .and(
                    not(
                        coalesce(
                            col("sub_theme_roundtable").equalTo(col("roundtable")), lit(false)))),
            Reason.INVALID_VALUE,
            concat(
                lit("sub-theme "),
                col("sub_theme"),
                lit(" belongs to "),
                col("sub_theme_roundtable"),
                lit("; the record gives roundtable "),
                coalesce(col("roundtable"), lit("none")))));
    reasons.add(CodeCells.badYears(col("year_list")));
    reasons.add(
        CodeCells.unknown(
            col("country_list"), codes.countries(), Reason.UNKNOWN_AREA_CODE, "countries"));
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
                col("source"),
                lit(" "),
                col("record_id"),
                lit(" on "),
                col("records_with_key").cast("string"),
                lit(" records"))));
    return reasons;
  }

  /** Valid records in the shape of silver.gfmd_activity, the theme read off the roundtable. */
  public static Dataset<Row> accepted(Dataset<Row> checked, ActivityCodeLists codes) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("source"),
                col("record_id"),
                upper(col("record_type")).alias("record_type"),
                parent(col("roundtable"), codes.roundtableThemes()).alias("theme"),
                col("roundtable"),
                col("sub_theme"),
                col("title"),
                col("description"),
                col("objective"),
                col("partner_list").alias("partners"),
                col("country_list").alias("countries"),
                col("year_list").cast("array<int>").alias("years"),
                col("objective_list").cast("array<int>").alias("gcm_objectives"),
                col("target_list").alias("sdg_targets"),
                col("note")));
  }

  /** The code one level up the GFMD agenda (a roundtable's theme, a sub-theme's roundtable). */
  private static Column parent(Column code, Map<String, String> parents) {
    Column parent = lit(null).cast("string");
    for (Map.Entry<String, String> entry : parents.entrySet()) {
      parent = when(code.equalTo(entry.getKey()), lit(entry.getValue())).otherwise(parent);
    }
    return parent;
  }
}
