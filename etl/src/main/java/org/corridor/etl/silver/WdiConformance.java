package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
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
 * Validates the bronze cells of WDI files: the area code must be a known economy or a recognised
 * WDI aggregate, the value numeric and not negative (remittances, GDP and population cannot be),
 * the series the file's own, and the (area, year) key unique within its file. Each failing cell
 * carries every reason that applies; {@link #check} adds them as a {@code reasons} array, empty for
 * cells that pass.
 */
public final class WdiConformance {
  static final String SOURCE = "wdi";

  /** Schema of the per-file facts {@link #check} needs: each file's series and target table. */
  public static final StructType FILE_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("file_checksum", DataTypes.StringType, false),
              DataTypes.createStructField("file_series", DataTypes.StringType, false),
              DataTypes.createStructField("target_table", DataTypes.StringType, false),
              DataTypes.createStructField("file_percentage", DataTypes.BooleanType, false)));

  private WdiConformance() {}

  /**
   * @param bronzeCells rows of bronze.wdi_indicator
   * @param files one row per file: checksum, series, target table, whether its values are
   *     percentages ({@link #FILE_SCHEMA})
   * @param areaRoles the codes WDI files may use ({@link AreaRoles#wdi})
   */
  public static Dataset<Row> check(
      Dataset<Row> bronzeCells, Dataset<Row> files, Dataset<Row> areaRoles) {
    // try_cast: Spark 4 runs in ANSI mode, where a plain cast of "abc" fails the whole job.
    Column parsed = col("value").try_cast("double");
    Column numeric = when(isnan(parsed), lit(null).cast("double")).otherwise(parsed);
    return bronzeCells
        .join(files, bronzeCells.col(Lineage.SOURCE_CHECKSUM).equalTo(files.col("file_checksum")))
        .join(areaRoles, col("country_code").equalTo(areaRoles.col("code")), "left")
        .withColumn("value_number", numeric)
        .withColumn(
            "lines_with_key",
            count(lit(1))
                .over(
                    Window.partitionBy(
                        col(Lineage.SOURCE_CHECKSUM), col("country_code"), col("year"))))
        .withColumn(
            "reasons",
            array_compact(
                array(
                    ReasonColumns.failing(
                        col("role").isNull(), Reason.UNKNOWN_AREA_CODE, col("country_code")),
                    ReasonColumns.failing(
                        col("value_number").isNull(), Reason.NON_NUMERIC_VALUE, col("value")),
                    ReasonColumns.failing(
                        col("value_number").lt(0), Reason.NEGATIVE_VALUE, col("value")),
                    ReasonColumns.failing(
                        col("file_percentage").and(col("value_number").gt(100)),
                        Reason.OUT_OF_RANGE_PERCENTAGE,
                        col("value")),
                    ReasonColumns.failing(
                        col("indicator_code").notEqual(col("file_series")),
                        Reason.UNIT_MISMATCH,
                        concat(col("indicator_code"), lit(" in a file of "), col("file_series"))),
                    ReasonColumns.failing(
                        col("lines_with_key").gt(1),
                        Reason.DUPLICATE_KEY,
                        concat(
                            col("country_code"),
                            lit(" "),
                            col("year"),
                            lit(" on "),
                            col("lines_with_key").cast("string"),
                            lit(" lines"))))));
  }

  /** Cells that passed every check and name an economy. */
  public static Dataset<Row> countryFacts(Dataset<Row> checked) {
    return checked.where(
        size(col("reasons")).equalTo(0).and(col("role").equalTo(AreaRoles.COUNTRY)));
  }

  /** Cells that passed every check and belong to a publisher aggregate line. */
  public static Dataset<Row> publisherAggregates(Dataset<Row> checked) {
    return checked.where(
        size(col("reasons")).equalTo(0).and(col("role").equalTo(AreaRoles.PUBLISHER_AGGREGATE)));
  }

  /** Cells that failed a check, in the quarantine table's shape. */
  public static Dataset<Row> quarantined(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).gt(0))
        .select(
            lit(SOURCE).alias("source"),
            col("target_table"),
            col(Lineage.SOURCE_FILE),
            col(Lineage.SOURCE_CHECKSUM),
            col(Lineage.SOURCE_ROW),
            col("year").alias("source_column"),
            concat_ws(
                    ",",
                    col("country_name"),
                    col("country_code"),
                    col("indicator_name"),
                    col("indicator_code"),
                    concat(col("year"), lit("="), col("value")))
                .alias("raw_record"),
            concat_ws("; ", col("reasons")).alias("reasons"),
            col(Lineage.RUN_ID),
            current_timestamp().alias("quarantined_at"));
  }
}
