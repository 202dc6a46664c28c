package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.source.Reason;

/**
 * Validates the returned-refugee figures of UNHCR solutions exports and turns them into rows of
 * silver.return_migration: refugees returned from their country of asylum (the host) to their
 * country of origin. UNHCR publishes neither sex, age, vulnerability nor reintegration assistance
 * for these flows, so they are {@code _T}, {@code _T}, {@code NOT_REPORTED} and null.
 *
 * <p>A line without returned refugees (UNHCR leaves the cell empty: it recorded no such flow) holds
 * only returned IDPs, resettlement or naturalisation, none of which is a return across a border to
 * the country of origin; such a line is not applicable to return_migration and is not checked.
 */
public final class RefugeeReturnConformance {
  public static final String ASSISTANCE_TYPE = "REFUGEE_RETURN";
  public static final String VULNERABILITY_NOT_REPORTED = "NOT_REPORTED";
  private static final String ALL = "_T";

  private RefugeeReturnConformance() {}

  /** The bronze rows that carry no returned refugees. */
  public static Column notApplicable() {
    return col("returned_refugees").isNull();
  }

  /** Adds a {@code reasons} array, empty for valid and for not-applicable rows. */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> countries) {
    Object[] known = countries.toArray();
    Column returned = col("returned_refugees").try_cast("bigint");
    Column reasons =
        array_compact(
            array(
                RowChecks.badYear("year"),
                unknownCountry("origin_code", "origin", known),
                unknownCountry("asylum_code", "asylum", known),
                RowChecks.nonNumeric("returned_refugees", col("returned_refugees_value")),
                RowChecks.negative("returned_refugees", col("returned_refugees_value")),
                RowChecks.duplicateKey("year", "origin_code", "asylum_code")));
    return bronze
        .withColumn("returned_refugees_value", returned)
        .withColumn("applicable", notApplicable().equalTo(false))
        .withColumn(
            "reasons", when(col("applicable"), reasons).otherwise(array().cast("array<string>")));
  }

  /** Valid rows with returned refugees, in the shape of silver.return_migration. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0).and(col("applicable")))
        .select(
            LineageColumns.after(
                col("asylum_code").alias("host"),
                col("origin_code").alias("origin"),
                col("year").cast("int").alias("year"),
                lit(ALL).alias("sex"),
                lit(ALL).alias("age_group"),
                lit(ASSISTANCE_TYPE).alias("assistance_type"),
                lit(VULNERABILITY_NOT_REPORTED).alias("vulnerability"),
                lit(null).cast("boolean").alias("reintegration_assistance"),
                col("returned_refugees_value").alias("persons")));
  }

  /** UNHCR's own codes (stateless, unknown, Tibetan) and empty codes are named as such. */
  private static Column unknownCountry(String column, String role, Object[] known) {
    return ReasonColumns.failing(
        coalesce(col(column).isin(known), lit(false)).equalTo(false),
        Reason.UNKNOWN_AREA_CODE,
        concat(lit(role + " "), UnhcrConformance.describeCode(col(column))));
  }
}
