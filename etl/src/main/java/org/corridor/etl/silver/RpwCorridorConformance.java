package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;

import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.table.Lineage;

/**
 * Validates the cells of RPW DataBank corridor exports (bronze.rpw_corridor) and conforms them to
 * silver.remittance_price_corridor: both countries in the code list (RPW's {@code KSV} read as
 * Kosovo), a series code, a numeric value that, being a cost in percent of the amount sent, lies
 * within 0-100, and (sending, receiving, quarter, series) unique within a file. Quarters come from
 * headers the reader has already checked ({@code 2013Q2 [YR2013Q2]} is 2013-Q2).
 */
public final class RpwCorridorConformance {
  private static final String QUARTER_HEADER = "^(\\d{4})Q([1-4]) ";

  private RpwCorridorConformance() {}

  /** Adds a {@code reasons} array (empty for valid cells) and the conformed values. */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> countries) {
    Object[] known = countries.toArray();
    return bronze
        .withColumn("sending_area", RpwAreaCodes.conformed(col("sending_country_code")))
        .withColumn("receiving_area", RpwAreaCodes.conformed(col("receiving_country_code")))
        .withColumn(
            "quarter",
            concat(
                regexp_extract(col("period"), QUARTER_HEADER, 1),
                lit("-Q"),
                regexp_extract(col("period"), QUARTER_HEADER, 2)))
        .withColumn("value_pct", col("value").try_cast("double"))
        .withColumn("source_column", col("period"))
        .withColumn(
            "cells_with_key",
            count(lit(1))
                .over(
                    Window.partitionBy(
                        col(Lineage.SOURCE_CHECKSUM),
                        col("sending_area"),
                        col("receiving_area"),
                        col("quarter"),
                        col("series_code"))))
        .withColumn(
            "reasons",
            array_compact(
                array(
                    missing("sending_country_code", "Sending Countries Code"),
                    RpwAreaCodes.unknown("sending_country_code", "sending_area", "sending", known),
                    missing("receiving_country_code", "Receiving Countries Code"),
                    RpwAreaCodes.unknown(
                        "receiving_country_code", "receiving_area", "receiving", known),
                    missing("series_code", "Series Code"),
                    ReasonColumns.failing(
                        col("value_pct").isNull(),
                        Reason.NON_NUMERIC_VALUE,
                        concat(col("period"), lit(" "), col("value"))),
                    ReasonColumns.failing(
                        col("value_pct").lt(0).or(col("value_pct").gt(100)),
                        Reason.OUT_OF_RANGE_PERCENTAGE,
                        concat(col("period"), lit(" "), col("value"), lit(" is outside 0 to 100"))),
                    ReasonColumns.failing(
                        col("cells_with_key").gt(1),
                        Reason.DUPLICATE_KEY,
                        concat_ws(
                            " ",
                            col("sending_area"),
                            lit("->"),
                            col("receiving_area"),
                            col("series_code"),
                            col("quarter"),
                            lit("on"),
                            col("cells_with_key").cast("string"),
                            lit("lines"))))));
  }

  /** Valid cells in the shape of silver.remittance_price_corridor. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("sending_area"),
                col("receiving_area"),
                col("quarter"),
                col("series_code"),
                col("value_pct")));
  }

  private static Column missing(String column, String header) {
    return ReasonColumns.failing(col(column).isNull(), Reason.MISSING_REQUIRED_FIELD, lit(header));
  }
}
