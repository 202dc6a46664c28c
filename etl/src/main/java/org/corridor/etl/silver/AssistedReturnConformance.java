package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.upper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Validates rows of Corridor's assisted-returns layout (GCM objective 21, modelled on IOM's AVRR
 * reporting): every column is required, so that a row's breakdown is always known ({@code _T} where
 * a file does not break returnees down by sex or age), and codes come from the layout's lists.
 */
public final class AssistedReturnConformance {
  /** The assistance types of the layout; UNHCR refugee returns are loaded from UNHCR's export. */
  public static final List<String> ASSISTANCE_TYPES = List.of("AVR", "AVRR");

  private static final Set<String> SEXES = Set.of("F", "M", "_T");
  private static final Set<String> AGE_GROUPS =
      Set.of("_T", "Y_LT18", "Y18T24", "Y25T34", "Y35T49", "Y50T64", "Y_GE65");
  private static final Set<String> VULNERABILITIES =
      Set.of(
          "NONE",
          "VICTIM_OF_TRAFFICKING",
          "UNACCOMPANIED_OR_SEPARATED_CHILD",
          "HEALTH_NEEDS",
          "OTHER_VULNERABILITY",
          "NOT_REPORTED");
  private static final Set<String> YES_NO = Set.of("YES", "NO");
  private static final List<String> KEY =
      List.of(
          "host",
          "origin",
          "year",
          "sex",
          "age_group",
          "assistance_type",
          "vulnerability",
          "reintegration_assistance");

  private AssistedReturnConformance() {}

  /** Adds a {@code reasons} array (empty for valid rows) and the parsed count to bronze rows. */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> countries) {
    Dataset<Row> parsed = bronze.withColumn("returnees_value", col("returnees").try_cast("bigint"));
    List<Column> checks = new ArrayList<>();
    for (String required : KEY) {
      checks.add(RowChecks.missing(required));
    }
    checks.add(RowChecks.missing("returnees"));
    checks.add(RowChecks.unknownCountry("host", countries));
    checks.add(RowChecks.unknownCountry("origin", countries));
    checks.add(RowChecks.badYear("year"));
    checks.add(RowChecks.notInCodeList("sex", SEXES));
    checks.add(RowChecks.notInCodeList("age_group", AGE_GROUPS));
    checks.add(RowChecks.notInCodeList("assistance_type", Set.copyOf(ASSISTANCE_TYPES)));
    checks.add(RowChecks.notInCodeList("vulnerability", VULNERABILITIES));
    checks.add(RowChecks.notInCodeList("reintegration_assistance", YES_NO));
    checks.add(RowChecks.nonNumeric("returnees", col("returnees_value")));
    checks.add(RowChecks.negative("returnees", col("returnees_value")));
    checks.add(RowChecks.duplicateKey(KEY.toArray(String[]::new)));
    return parsed.withColumn("reasons", array_compact(array(checks.toArray(Column[]::new))));
  }

  /** Valid rows in the shape of silver.return_migration, codes in upper case. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("host"),
                col("origin"),
                col("year").cast("int").alias("year"),
                upper(col("sex")).alias("sex"),
                upper(col("age_group")).alias("age_group"),
                upper(col("assistance_type")).alias("assistance_type"),
                upper(col("vulnerability")).alias("vulnerability"),
                lower(col("reintegration_assistance"))
                    .equalTo("yes")
                    .alias("reintegration_assistance"),
                col("returnees_value").alias("persons")));
  }
}
