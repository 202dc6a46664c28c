package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.upper;

import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Validates rows of Corridor's programme-results layout: what a secretariat or diaspora platform
 * counted in a country and year (businesses created, mentorship relations, loans), the facts its
 * custom indicators are computed from. An empty sex is the total over both sexes.
 */
public final class ProgrammeResultConformance {
  private static final Set<String> SEXES = Set.of("F", "M", "_T");

  private ProgrammeResultConformance() {}

  /** Adds a {@code reasons} array (empty for valid rows) and the parsed value to bronze rows. */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> countries) {
    return bronze
        .withColumn("value_number", col("value").try_cast("double"))
        .withColumn("sex_code", coalesce(upper(col("sex")), lit("_T")))
        .withColumn(
            "reasons",
            array_compact(
                array(
                    RowChecks.missing("country"),
                    RowChecks.missing("year"),
                    RowChecks.missing("programme"),
                    RowChecks.missing("metric"),
                    RowChecks.missing("value"),
                    RowChecks.unknownCountry("country", countries),
                    RowChecks.badYear("year"),
                    RowChecks.notInCodeList("sex", SEXES),
                    RowChecks.nonNumeric("value", col("value_number")),
                    RowChecks.negative("value", col("value_number")),
                    RowChecks.duplicateKey("country", "year", "programme", "metric", "sex_code"))));
  }

  /** Valid rows in the shape of silver.programme_result; metrics are compared in upper case. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("country").alias("area"),
                col("year").cast("int").alias("year"),
                col("programme"),
                upper(col("metric")).alias("metric"),
                col("sex_code").alias("sex"),
                col("value_number").alias("value")));
  }
}
