package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.area.AreaNames;
import org.corridor.warehouse.table.Lineage;

/**
 * Validates the cells of KNOMAD bilateral matrices: origin and destination names that are countries
 * (World Bank totals and residuals such as "WORLD" and "Other South" are not, and are quarantined
 * as such), a value that is a non-negative number (the World Bank writes {@code -} where it
 * publishes no estimate for a corridor), and one cell per origin, destination and year within a
 * file.
 */
public final class KnomadConformance {
  /** What the World Bank writes in a cell it gives no estimate for. */
  static final List<String> NO_ESTIMATE = List.of("-", "..");

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final String COUNTRY = "COUNTRY";
  private static final String NOT_A_COUNTRY = "NOT_A_COUNTRY";
  private static final String UNKNOWN = "UNKNOWN";
  private static final StructType NAME_ROLES =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("name", DataTypes.StringType, false),
              DataTypes.createStructField("code", DataTypes.StringType, true),
              DataTypes.createStructField("role", DataTypes.StringType, false)));

  private KnomadConformance() {}

  /** Adds {@code <side>_code} and {@code <side>_role} for the name in {@code <side>_name}. */
  private static Dataset<Row> withCodeAndRole(Dataset<Row> cells, Dataset<Row> roles, String side) {
    return cells
        .join(
            roles.select(
                col("name").alias(side + "_key"),
                col("code").alias(side + "_code"),
                col("role").alias(side + "_role")),
            col(side + "_name").equalTo(col(side + "_key")),
            "left")
        .drop(side + "_key");
  }

  /** Adds ISO3 codes, the value as an exact decimal and a {@code reasons} array to bronze cells. */
  public static Dataset<Row> check(Dataset<Row> bronze, AreaNames names) {
    Dataset<Row> roles = broadcast(nameRoles(bronze, names));
    return withCodeAndRole(withCodeAndRole(bronze, roles, "origin"), roles, "destination")
        .withColumn("amount", col("value").try_cast("decimal(38,18)"))
        .withColumn(
            "cells_with_key",
            when(
                col("origin_code").isNotNull().and(col("destination_code").isNotNull()),
                count(lit(1))
                    .over(
                        Window.partitionBy(
                            col(Lineage.SOURCE_CHECKSUM),
                            col("year"),
                            col("origin_code"),
                            col("destination_code")))))
        .withColumn(
            "reasons",
            array_compact(
                array(
                    ReasonColumns.failing(
                        col("origin_name").isNull(),
                        Reason.MISSING_REQUIRED_FIELD,
                        concat(
                            lit("origin name: row "),
                            col(Lineage.SOURCE_ROW).cast("string"),
                            lit(" has none in column A"))),
                    ReasonColumns.failing(
                        col("destination_name").isNull(),
                        Reason.MISSING_REQUIRED_FIELD,
                        concat(
                            lit("destination name: column "),
                            col("cell_column"),
                            lit(" has none in the header row"))),
                    notACountry("origin"),
                    notACountry("destination"),
                    unknown("origin"),
                    unknown("destination"),
                    ReasonColumns.failing(
                        col("value").isin(NO_ESTIMATE.toArray()),
                        Reason.MISSING_REQUIRED_FIELD,
                        concat(
                            lit("value "),
                            col("value"),
                            lit(" (the publisher gives no estimate for this corridor)"))),
                    ReasonColumns.failing(
                        col("amount")
                            .isNull()
                            .and(col("value").isin(NO_ESTIMATE.toArray()).equalTo(false)),
                        Reason.NON_NUMERIC_VALUE,
                        concat(lit("value "), col("value"))),
                    ReasonColumns.failing(
                        col("amount").lt(0),
                        Reason.NEGATIVE_VALUE,
                        concat(lit("value "), col("value"))),
                    ReasonColumns.failing(
                        col("cells_with_key").gt(1),
                        Reason.DUPLICATE_KEY,
                        concat(
                            col("year"),
                            lit(" "),
                            col("origin_code"),
                            lit(" -> "),
                            col("destination_code"),
                            lit(" in "),
                            col("cells_with_key").cast("string"),
                            lit(" cells"))))));
  }

  /**
   * Valid cells in the shape of silver.bilateral_remittance: US$ million times a million, exact in
   * decimal and rounded once to a double.
   */
  public static Dataset<Row> remittances(Dataset<Row> checked) {
    return valid(checked)
        .select(
            LineageColumns.after(
                col("origin_code").alias("origin"),
                col("destination_code").alias("destination"),
                col("year").cast("int").alias("year"),
                col("amount").multiply(lit(MILLION)).cast("double").alias("value_usd")));
  }

  /** Valid cells in the shape of silver.bilateral_migrant_stock: both sexes, persons. */
  public static Dataset<Row> migrantStock(Dataset<Row> checked) {
    return valid(checked)
        .select(
            LineageColumns.after(
                col("origin_code").alias("origin"),
                col("destination_code").alias("destination"),
                col("year").cast("int").alias("year"),
                lit("_T").alias("sex"),
                col("amount").cast("double").alias("persons")));
  }

  private static Dataset<Row> valid(Dataset<Row> checked) {
    return checked.where(size(col("reasons")).equalTo(0));
  }

  /** The few hundred names a matrix uses, each resolved once to a country code or a role. */
  private static Dataset<Row> nameRoles(Dataset<Row> bronze, AreaNames names) {
    List<String> distinct =
        bronze
            .select(col("origin_name").alias("name"))
            .union(bronze.select(col("destination_name").alias("name")))
            .where(col("name").isNotNull())
            .distinct()
            .as(Encoders.STRING())
            .collectAsList();
    List<Row> rows =
        distinct.stream()
            .map(
                name ->
                    names
                        .iso3(name)
                        .map(code -> RowFactory.create(name, code, COUNTRY))
                        .orElseGet(
                            () ->
                                RowFactory.create(
                                    name,
                                    null,
                                    names.isNotACountry(name) ? NOT_A_COUNTRY : UNKNOWN)))
            .toList();
    return bronze.sparkSession().createDataFrame(rows, NAME_ROLES);
  }

  private static Column notACountry(String side) {
    return ReasonColumns.failing(
        col(side + "_role").equalTo(NOT_A_COUNTRY),
        Reason.NOT_A_COUNTRY,
        concat(
            lit(side + " "),
            col(side + "_name"),
            lit(" (the World Bank's total or residual, not a country)")));
  }

  private static Column unknown(String side) {
    return ReasonColumns.failing(
        col(side + "_role").equalTo(UNKNOWN),
        Reason.UNKNOWN_AREA_CODE,
        concat(
            lit(side + " "),
            col(side + "_name"),
            lit(" (neither an M49 name nor a World Bank spelling Corridor knows)")));
  }
}
