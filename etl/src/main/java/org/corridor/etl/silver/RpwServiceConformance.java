package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.table.Lineage;

/**
 * Validates the price quotes of the RPW dataset (bronze.rpw_service) and conforms them to
 * silver.remittance_price.
 *
 * <p>A quote passes when its period is an RPW quarter ({@code 2016_2Q}), both countries are in the
 * code list, the provider, its type and the total cost are given, its amounts are numbers, the fee
 * and amount sent are not negative, the total cost lies within 0-100 % and the FX margin within
 * &plusmn;100 %, the denomination amount is the block's (200 in cc1, 500 in cc2), and no other
 * quote of the file has the same service, quarter and amount.
 *
 * <p>SmaRT eligibility follows the World Bank's Smart Remitter Target (methodology of June 2016): a
 * service counts when it is transparent (fee and FX margin disclosed: {@code transparent} is yes),
 * delivers within 5 days ({@code speed actual} of at most "3-5 days") and is accessible. RPW
 * records accessibility on the receiving side as {@code receiving network coverage}, added in Q2
 * 2016 when SmaRT began; Corridor reads a High or Medium coverage as accessible and a Low one as
 * not. The older sheet's geographic {@code coverage} counts as accessible only when "Nationwide".
 * An unknown or missing value is not evidence of eligibility, so it makes a service ineligible,
 * never a quote invalid: the price still counts for SDG 10.c.1.
 */
public final class RpwServiceConformance {
  private static final String RPW_PERIOD = "^(\\d{4})_([1-4])Q$";
  private static final List<String> ACCESSIBLE_COVERAGE = List.of("high", "medium", "nationwide");
  private static final List<String> INACCESSIBLE_COVERAGE =
      List.of("low", "major cities", "main city", "urban only", "rural only");
  private static final double MAX_FX_MARGIN = 100.0;

  private RpwServiceConformance() {}

  /** Adds a {@code reasons} array (empty for valid quotes) and the conformed values. */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> countries) {
    Object[] known = countries.toArray();
    Dataset<Row> conformed =
        bronze
            .withColumn(
                "quarter",
                when(
                    col("period").rlike(RPW_PERIOD),
                    concat(
                        regexp_extract(col("period"), RPW_PERIOD, 1),
                        lit("-Q"),
                        regexp_extract(col("period"), RPW_PERIOD, 2))))
            .withColumn("sending_area", RpwAreaCodes.conformed(col("source_code")))
            .withColumn("receiving_area", RpwAreaCodes.conformed(col("destination_code")))
            .withColumn(
                "amount_usd",
                when(col("amount_block").equalTo("cc1"), lit(200.0)).otherwise(lit(500.0)))
            .withColumn("amount_lcu", col("lcu_amount").try_cast("double"))
            .withColumn("denomination", col("denomination_amount").try_cast("double"))
            .withColumn("fee_lcu", col("lcu_fee").try_cast("double"))
            .withColumn("fx_margin_pct", col("fx_margin").try_cast("double"))
            .withColumn("total_cost", col("total_cost_pct").try_cast("double"))
            .withColumn("speed", RpwSpeed.label(col("speed_actual")))
            .withColumn("speed_days", RpwSpeed.days(col("speed_actual")))
            .withColumn("source_column", concat_ws("!", col("sheet"), col("amount_block")));
    return conformed
        .withColumn(
            "quotes_with_key",
            count(lit(1))
                .over(
                    Window.partitionBy(
                        col(Lineage.SOURCE_CHECKSUM),
                        col("quarter"),
                        col("sending_area"),
                        col("receiving_area"),
                        col("firm"),
                        col("payment_instrument"),
                        col("access_point"),
                        col("pickup_method"),
                        col("speed"),
                        col("amount_block"))))
        .withColumn(
            "reasons",
            array_compact(
                array(
                    missing("period", lit("period")),
                    ReasonColumns.failing(
                        col("period").isNotNull().and(col("quarter").isNull()),
                        Reason.BAD_PERIOD,
                        col("period")),
                    missing("source_code", lit("source_code")),
                    RpwAreaCodes.unknown("source_code", "sending_area", "sending", known),
                    missing("destination_code", lit("destination_code")),
                    RpwAreaCodes.unknown("destination_code", "receiving_area", "receiving", known),
                    missing("firm", lit("firm")),
                    missing("firm_type", lit("firm_type")),
                    missing("total_cost_pct", concat(col("amount_block"), lit(" total cost %"))),
                    nonNumeric("lcu_amount", "amount_lcu", "lcu amount"),
                    nonNumeric("denomination_amount", "denomination", "denomination amount"),
                    nonNumeric("lcu_fee", "fee_lcu", "lcu fee"),
                    nonNumeric("fx_margin", "fx_margin_pct", "fx margin"),
                    nonNumeric("total_cost_pct", "total_cost", "total cost %"),
                    negative("lcu_fee", "fee_lcu", "lcu fee"),
                    negative("lcu_amount", "amount_lcu", "lcu amount"),
                    ReasonColumns.failing(
                        col("total_cost").lt(0).or(col("total_cost").gt(100)),
                        Reason.OUT_OF_RANGE_PERCENTAGE,
                        concat(
                            col("amount_block"),
                            lit(" total cost % "),
                            col("total_cost_pct"),
                            lit(" is outside 0 to 100"))),
                    ReasonColumns.failing(
                        col("fx_margin_pct")
                            .lt(-MAX_FX_MARGIN)
                            .or(col("fx_margin_pct").gt(MAX_FX_MARGIN)),
                        Reason.OUT_OF_RANGE_PERCENTAGE,
                        concat(
                            col("amount_block"),
                            lit(" fx margin "),
                            col("fx_margin"),
                            lit(" is outside -100 to 100"))),
                    ReasonColumns.failing(
                        col("denomination").notEqual(col("amount_usd")),
                        Reason.UNIT_MISMATCH,
                        concat(
                            col("amount_block"),
                            lit(" denomination amount "),
                            col("denomination_amount"),
                            lit(" in the USD "),
                            col("amount_usd").cast("int").cast("string"),
                            lit(" block"))),
                    ReasonColumns.failing(
                        col("quotes_with_key").gt(1),
                        Reason.DUPLICATE_KEY,
                        concat_ws(
                            " ",
                            col("quarter"),
                            col("sending_area"),
                            lit("->"),
                            col("receiving_area"),
                            col("firm"),
                            concat_ws(
                                "/",
                                col("payment_instrument"),
                                col("access_point"),
                                col("pickup_method"),
                                col("speed")),
                            col("amount_block"),
                            lit("on"),
                            col("quotes_with_key").cast("string"),
                            lit("rows"))))));
  }

  /** Valid quotes in the shape of silver.remittance_price. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    Column transparent =
        when(lower(trim(col("transparent"))).equalTo("yes"), lit(true))
            .when(lower(trim(col("transparent"))).equalTo("no"), lit(false));
    Column coverage = lower(trim(col("receiving_network_coverage")));
    Column accessible =
        when(coverage.isin(ACCESSIBLE_COVERAGE.toArray()), lit(true))
            .when(coverage.isin(INACCESSIBLE_COVERAGE.toArray()), lit(false));
    Column smartEligible =
        coalesce(transparent, lit(false))
            .and(coalesce(col("speed_days").leq(5), lit(false)))
            .and(coalesce(accessible, lit(false)));
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("quarter"),
                col("sending_area"),
                col("receiving_area"),
                col("firm").alias("provider"),
                col("firm_type").alias("provider_type"),
                col("payment_instrument"),
                col("access_point"),
                col("pickup_method").alias("receiving_method"),
                col("speed"),
                col("amount_usd"),
                when(
                        col("amount_lcu").gt(0),
                        col("fee_lcu").divide(col("amount_lcu")).multiply(100))
                    .alias("fee_pct"),
                col("fx_margin_pct"),
                col("total_cost").alias("total_cost_pct"),
                col("speed_days"),
                transparent.alias("transparent"),
                accessible.alias("accessible"),
                smartEligible.alias("smart_eligible")));
  }

  private static Column missing(String column, Column header) {
    return ReasonColumns.failing(col(column).isNull(), Reason.MISSING_REQUIRED_FIELD, header);
  }

  private static Column nonNumeric(String column, String number, String header) {
    return ReasonColumns.failing(
        col(column).isNotNull().and(col(number).isNull()),
        Reason.NON_NUMERIC_VALUE,
        concat(col("amount_block"), lit(" " + header + " "), col(column)));
  }

  private static Column negative(String column, String number, String header) {
    return ReasonColumns.failing(
        col(number).lt(0),
        Reason.NEGATIVE_VALUE,
        concat(col("amount_block"), lit(" " + header + " "), col(column)));
  }
}
