package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.table.Lineage;

/**
 * Validates the bronze rows of UNHCR population exports: a four-digit year, origin and asylum that
 * are countries (UNHCR's own codes for stateless, unknown and Tibetan origins are not, and are
 * quarantined with that said), a refugee count that is a non-negative whole number, optional counts
 * that are either that or {@code -}, and (year, origin, asylum) unique within a file.
 */
public final class UnhcrConformance {
  /** UNHCR origin codes that name no country, with what they stand for. */
  static final Map<String, String> UNHCR_SPECIAL_ORIGINS =
      Map.of("XXA", "stateless persons", "UNK", "unknown origin", "TIB", "Tibetan origin");

  private static final String NOT_APPLICABLE = "-";

  private UnhcrConformance() {}

  /** Adds a {@code reasons} array (empty for valid rows) and typed counts to bronze rows. */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> countries) {
    Object[] known = countries.toArray();
    return bronze
        .withColumn("refugees_count", wholeNumber("refugees"))
        .withColumn("asylum_seekers_count", wholeNumber("asylum_seekers"))
        .withColumn("other_in_need_count", wholeNumber("other_in_need"))
        .withColumn(
            "lines_with_key",
            count(lit(1))
                .over(
                    Window.partitionBy(
                        col(Lineage.SOURCE_CHECKSUM),
                        col("year"),
                        col("origin_code"),
                        col("asylum_code"))))
        .withColumn(
            "reasons",
            array_compact(
                array(
                    ReasonColumns.failing(
                        col("year").rlike("^\\d{4}$").equalTo(false),
                        Reason.BAD_PERIOD,
                        col("year")),
                    ReasonColumns.failing(
                        coalesce(col("origin_code").isin(known), lit(false)).equalTo(false),
                        Reason.UNKNOWN_AREA_CODE,
                        concat(lit("origin "), describeCode(col("origin_code")))),
                    ReasonColumns.failing(
                        coalesce(col("asylum_code").isin(known), lit(false)).equalTo(false),
                        Reason.UNKNOWN_AREA_CODE,
                        concat(lit("asylum "), describeCode(col("asylum_code")))),
                    ReasonColumns.failing(
                        col("refugees").isNull().or(col("refugees").equalTo(NOT_APPLICABLE)),
                        Reason.MISSING_REQUIRED_FIELD,
                        lit("Refugees under UNHCR's mandate")),
                    nonNumeric("refugees"),
                    nonNumeric("asylum_seekers"),
                    nonNumeric("other_in_need"),
                    negative("refugees"),
                    negative("asylum_seekers"),
                    negative("other_in_need"),
                    ReasonColumns.failing(
                        col("lines_with_key").gt(1),
                        Reason.DUPLICATE_KEY,
                        concat(
                            col("year"),
                            lit(" "),
                            coalesce(col("origin_code"), lit("")),
                            lit(" -> "),
                            coalesce(col("asylum_code"), lit("")),
                            lit(" on "),
                            col("lines_with_key").cast("string"),
                            lit(" lines"))))));
  }

  /** Valid rows in the shape of silver.refugee_population. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("origin_code").alias("origin"),
                col("asylum_code").alias("asylum"),
                col("year").cast("int").alias("year"),
                col("refugees_count").alias("refugees"),
                col("asylum_seekers_count").alias("asylum_seekers"),
                col("other_in_need_count").alias("other_in_need")));
  }

  /** A count as a whole number; {@code -} (not applicable) and empty read as null. */
  private static Column wholeNumber(String column) {
    return when(col(column).equalTo(NOT_APPLICABLE), lit(null).cast("bigint"))
        .otherwise(col(column).try_cast("bigint"));
  }

  private static Column nonNumeric(String column) {
    return ReasonColumns.failing(
        col(column)
            .isNotNull()
            .and(col(column).notEqual(NOT_APPLICABLE))
            .and(col(column + "_count").isNull()),
        Reason.NON_NUMERIC_VALUE,
        concat(lit(column + " "), col(column)));
  }

  private static Column negative(String column) {
    return ReasonColumns.failing(
        col(column + "_count").lt(0),
        Reason.NEGATIVE_VALUE,
        concat(lit(column + " "), col(column)));
  }

  /** A code as quarantine names it: UNHCR's own codes spelled out, an empty one as (empty). */
  static Column describeCode(Column code) {
    Column described = coalesce(code, lit("(empty)"));
    for (Map.Entry<String, String> special : UNHCR_SPECIAL_ORIGINS.entrySet()) {
      described =
          when(
                  code.equalTo(special.getKey()),
                  lit(
                      special.getKey()
                          + " (UNHCR code for "
                          + special.getValue()
                          + ", not a country)"))
              .otherwise(described);
    }
    return described;
  }
}
