package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.table.Lineage;

/**
 * Validates Missing Migrants records and conforms them to silver.missing_migrants. A record needs
 * an incident id unique within its file, a four-digit year, a readable date where one is given, and
 * counts that are whole numbers and not negative.
 *
 * <p>A blank count is 0: IOM leaves "Number Dead" blank where the people are missing, presumed
 * dead, and "Minimum Estimated Number of Missing" blank where none are; a record with both blank
 * counts nobody and is quarantined. Origins that name no known country do not quarantine the
 * record: SDG 10.7.3 counts the dead and missing, and losing them over an unreadable origin would
 * understate it; the names are kept in {@code unmatched_origins} for the code list to learn them.
 * The country of incident is left empty unless the download has a "Country of Incident" column:
 * "Location of death" is free text whose last country is often the place of departure or
 * disembarkation, not of death, and coordinates at sea lie in no country.
 */
public final class MissingMigrantsConformance {
  /** Schema of the name lookup: each distinct origin or incident-country cell, resolved. */
  public static final StructType NAMES_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("name_cell", DataTypes.StringType, false),
              DataTypes.createStructField("name_iso3", DataTypes.StringType, true),
              DataTypes.createStructField("name_unmatched", DataTypes.StringType, true)));

  private static final String IOM_DATE =
      "^(?:[A-Za-z]{3}, )?(\\d{2}/\\d{2}/\\d{4})(?: - \\d{2}:\\d{2})?$";
  private static final String ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";
  private static final String DECIMAL = "(-?\\d+(?:\\.\\d+)?)";
  private static final String COORDINATES = "^" + DECIMAL + "\\s*,\\s*" + DECIMAL + "$";

  private MissingMigrantsConformance() {}

  /**
   * Adds a {@code reasons} array (empty for valid records) and the conformed columns.
   *
   * @param names the distinct "Country of Origin" and "Country of Incident" cells of the records,
   *     resolved ({@link #NAMES_SCHEMA}): ISO3 codes comma-separated, unmatched names ';
   *     '-separated
   */
  public static Dataset<Row> check(Dataset<Row> bronze, Dataset<Row> names) {
    Dataset<Row> origins =
        names.select(
            col("name_cell").alias("origin_cell"),
            col("name_iso3").alias("origins"),
            col("name_unmatched").alias("unmatched_origins"));
    Dataset<Row> incidentCountries =
        names.select(
            col("name_cell").alias("incident_cell"),
            // One country or none: "Country of Incident" names the single country of the death.
            when(col("name_iso3").rlike("^[A-Z]{3}$"), col("name_iso3")).alias("incident_iso3"));
    return bronze
        .join(origins, col("country_of_origin").equalTo(col("origin_cell")), "left")
        .join(incidentCountries, col("country_of_incident").equalTo(col("incident_cell")), "left")
        .withColumn("dead_count", wholeNumber("number_dead"))
        .withColumn("missing_count", wholeNumber("minimum_missing"))
        .withColumn("date", incidentDate())
        .withColumn("latitude", when(locatable(), coordinate(1)))
        .withColumn("longitude", when(locatable(), coordinate(2)))
        .withColumn(
            "records_with_id",
            count(lit(1))
                .over(Window.partitionBy(col(Lineage.SOURCE_CHECKSUM), col("incident_id"))))
        .withColumn(
            "reasons",
            array_compact(
                array(
                    ReasonColumns.failing(
                        col("incident_id").isNull(),
                        Reason.MISSING_REQUIRED_FIELD,
                        lit("Incident ID")),
                    ReasonColumns.failing(
                        coalesce(col("incident_year").rlike("^\\d{4}$"), lit(false)).equalTo(false),
                        Reason.BAD_PERIOD,
                        concat(lit("year "), coalesce(col("incident_year"), lit("(empty)")))),
                    ReasonColumns.failing(
                        col("incident_date").isNotNull().and(col("date").isNull()),
                        Reason.BAD_PERIOD,
                        concat(lit("incident date "), col("incident_date"))),
                    ReasonColumns.failing(
                        col("number_dead").isNull().and(col("minimum_missing").isNull()),
                        Reason.MISSING_REQUIRED_FIELD,
                        lit("Number Dead and Minimum Estimated Number of Missing are both blank")),
                    nonNumeric("number_dead", "dead_count", "Number Dead"),
                    nonNumeric(
                        "minimum_missing", "missing_count", "Minimum Estimated Number of Missing"),
                    negative("number_dead", "dead_count", "Number Dead"),
                    negative(
                        "minimum_missing", "missing_count", "Minimum Estimated Number of Missing"),
                    ReasonColumns.failing(
                        col("records_with_id").gt(1),
                        Reason.DUPLICATE_KEY,
                        concat(
                            col("incident_id"),
                            lit(" on "),
                            col("records_with_id").cast("string"),
                            lit(" records"))))));
  }

  /** Valid records in the shape of silver.missing_migrants. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("incident_id"),
                col("main_id"),
                col("incident_type"),
                col("incident_year").cast("int").alias("year"),
                col("date").alias("incident_date"),
                col("region_of_incident").alias("region"),
                col("incident_iso3").alias("country_of_incident"),
                col("latitude"),
                col("longitude"),
                coalesce(col("dead_count"), lit(0L)).alias("dead"),
                coalesce(col("missing_count"), lit(0L)).alias("missing"),
                col("origins"),
                col("unmatched_origins"),
                col("cause_of_death").alias("cause"),
                col("migration_route").alias("route")));
  }

  /** A count as a whole number; blank reads as null here and as 0 in silver. */
  private static Column wholeNumber(String column) {
    return col(column).try_cast("bigint");
  }

  private static Column nonNumeric(String column, String parsed, String label) {
    return ReasonColumns.failing(
        col(column).isNotNull().and(col(parsed).isNull()),
        Reason.NON_NUMERIC_VALUE,
        concat(lit(label + " "), col(column)));
  }

  private static Column negative(String column, String parsed, String label) {
    return ReasonColumns.failing(
        col(parsed).lt(0), Reason.NEGATIVE_VALUE, concat(lit(label + " "), col(column)));
  }

  /** IOM's {@code Thu, 01/01/2026 - 12:00} (US month/day order), or an ISO date. */
  private static Column incidentDate() {
    Column written = col("incident_date");
    return when(written.rlike(ISO_DATE), try_to_date(written, "yyyy-MM-dd"))
        .when(
            written.rlike(IOM_DATE),
            try_to_date(regexp_extract(written, IOM_DATE, 1), "MM/dd/yyyy"));
  }

  /** Group 1 (latitude) or 2 (longitude) of {@code "lat, lon"}, as a number. */
  private static Column coordinate(int group) {
    return regexp_extract(col("coordinates"), COORDINATES, group).try_cast("double");
  }

  /**
   * Whether the coordinates are two numbers in range; where not, both stay empty (IOM calls its
   * geolocation approximate, and the counts do not depend on it).
   */
  private static Column locatable() {
    return coordinate(1).between(-90, 90).and(coordinate(2).between(-180, 180));
  }
}
