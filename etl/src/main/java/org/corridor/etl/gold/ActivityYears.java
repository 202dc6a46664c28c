package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The years activity records are counted in. A record that names years counts once in each; most
 * records of the RCP annex and the GFMD matrix name none, and dropping them would lose most of what
 * was reported, so an undated record counts in its source's reference year: the latest year the
 * source's name or any of its records names (a secretariat's "activity report 2025" is 2025; the
 * RCP annex, whose name has no year, is the latest year its activities mention). A source naming no
 * year at all has no reference year, and its undated records are not counted by year.
 */
final class ActivityYears {
  /** Four-digit years 1900-2099 standing alone in a source's name, as the layouts allow them. */
  private static final String YEAR_IN_NAME = "(?<![0-9A-Za-z_])((19|20)[0-9]{2})(?![0-9A-Za-z_])";

  private ActivityYears() {}

  /** Each source's reference year, as columns {@code source} and {@code reference_year}. */
  static Dataset<Row> referenceYears(Dataset<Row> records) {
    Dataset<Row> latestNamed =
        records
            .select(col("source"), explode(col("years")).alias("year"))
            .groupBy("source")
            .agg(max("year").alias("latest_named"));
    Column yearInName = regexp_extract(col("source"), YEAR_IN_NAME, 1);
    return records
        .select("source")
        .distinct()
        .join(latestNamed, new String[] {"source"}, "left")
        .withColumn(
            "name_year", when(yearInName.notEqual(""), yearInName.cast("int")).otherwise(null))
        .select(
            col("source"), greatest(col("latest_named"), col("name_year")).alias("reference_year"));
  }

  /**
   * The records with their reference year, one row per year each is counted in ({@code year}), and
   * {@code undated} true where that year is the source's reference year standing in for none.
   */
  static Dataset<Row> countedYears(Dataset<Row> records) {
    Dataset<Row> withReference = records.join(referenceYears(records), "source");
    Column undated = size(col("years")).equalTo(0);
    return withReference
        .withColumn("undated", undated)
        .withColumn(
            "year", explode(when(undated, array(col("reference_year"))).otherwise(col("years"))))
        .where(col("year").isNotNull());
  }
}
