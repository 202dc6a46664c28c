package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.upper;

import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.source.Reason;

/**
 * Validates rows of Corridor's migration-policies layout (SDG 10.7.2, the UN Inquiry's module on
 * international migration policies): six domains of five sub-categories each, answered yes or no;
 * only domain 1 (migrant rights) offers "yes, for migrants with legal status only", which its score
 * counts as a half. An empty answer is a sub-category the country did not answer (scored 0).
 */
public final class MigrationPolicyConformance {
  private static final String LEGAL_STATUS_ONLY = "YES_LEGAL_STATUS_ONLY";
  private static final Set<String> ANSWERS = Set.of("YES", LEGAL_STATUS_ONLY, "NO");
  private static final int DOMAINS = 6;
  private static final int SUB_CATEGORIES = 5;

  private MigrationPolicyConformance() {}

  /** Adds a {@code reasons} array (empty for valid rows) and parsed numbers to bronze rows. */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> countries) {
    return bronze
        .withColumn("domain_value", col("domain").try_cast("int"))
        .withColumn("sub_category_value", col("sub_category").try_cast("int"))
        .withColumn(
            "reasons",
            array_compact(
                array(
                    RowChecks.missing("country"),
                    RowChecks.missing("round"),
                    RowChecks.missing("domain"),
                    RowChecks.missing("sub_category"),
                    RowChecks.unknownCountry("country", countries),
                    RowChecks.badYear("round"),
                    RowChecks.nonNumeric("domain", col("domain_value")),
                    RowChecks.nonNumeric("sub_category", col("sub_category_value")),
                    outOfRange("domain", DOMAINS),
                    outOfRange("sub_category", SUB_CATEGORIES),
                    RowChecks.notInCodeList("answer", ANSWERS),
                    ReasonColumns.failing(
                        upper(col("answer"))
                            .equalTo(LEGAL_STATUS_ONLY)
                            .and(col("domain_value").notEqual(1)),
                        Reason.INVALID_CODE,
                        concat(
                            lit(
                                "answer yes_legal_status_only is offered in domain 1 only, not in"
                                    + " domain "),
                            col("domain"))),
                    RowChecks.duplicateKey("country", "round", "domain", "sub_category"))));
  }

  /** Valid rows in the shape of silver.migration_policy; an unanswered sub-category has null. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("country").alias("area"),
                col("round").cast("int").alias("round"),
                col("domain_value").alias("domain"),
                col("sub_category_value").alias("sub_category"),
                upper(col("answer")).alias("answer")));
  }

  private static Column outOfRange(String column, int highest) {
    Column value = col(column + "_value");
    return ReasonColumns.failing(
        value.lt(1).or(value.gt(highest)),
        Reason.OUT_OF_RANGE_VALUE,
        concat(lit(column + " "), col(column), lit(" (allowed: 1 to " + highest + ")")));
  }
}
