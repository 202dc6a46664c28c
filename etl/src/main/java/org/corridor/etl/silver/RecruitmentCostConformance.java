package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.source.Reason;

/**
 * Validates and converts rows of Corridor's recruitment-costs layout (SDG 10.7.1, modelled on the
 * KNOMAD-ILO Migration Costs Surveys). The indicator divides each worker's costs by the same
 * worker's first month's earnings (ILO and World Bank metadata for 10.7.1), so both must be there,
 * in a known currency with the rate the survey used to turn it into US dollars; earnings of zero
 * cannot be divided by and are quarantined. Costs of zero are valid: the worker paid nothing.
 */
public final class RecruitmentCostConformance {
  /** A cost item: its layout column (in the cost currency) and its silver column (in US$). */
  private record CostItem(String column, String usdColumn) {
    String parsed() {
      return column + "_value";
    }
  }

  private static final List<CostItem> COST_ITEMS =
      List.of(
          new CostItem("cost_recruitment_fees", "recruitment_fees_usd"),
          new CostItem("cost_documents", "documents_usd"),
          new CostItem("cost_travel", "travel_usd"),
          new CostItem("cost_medical", "medical_usd"),
          new CostItem("cost_training", "training_usd"),
          new CostItem("cost_other", "other_usd"));

  private static final Set<String> SEXES = Set.of("F", "M");
  private static final Set<String> ISCED_LEVELS =
      Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8");
  private static final String USD = "USD";

  private RecruitmentCostConformance() {}

  /**
   * Adds a {@code reasons} array (empty for valid rows) and parsed amounts to bronze rows.
   *
   * @param currencies the ISO 4217 codes a cost or earnings currency may be
   */
  public static Dataset<Row> check(
      Dataset<Row> bronze, Set<String> countries, Set<String> currencies) {
    Dataset<Row> parsed = bronze;
    for (CostItem item : COST_ITEMS) {
      parsed = parsed.withColumn(item.parsed(), col(item.column()).try_cast("double"));
    }
    parsed =
        parsed
            .withColumn("age_value", col("age").try_cast("int"))
            .withColumn("cost_usd_rate_value", col("cost_usd_rate").try_cast("double"))
            .withColumn("earnings_value", col("first_month_earnings").try_cast("double"))
            .withColumn("earnings_usd_rate_value", col("earnings_usd_rate").try_cast("double"));
    List<Column> checks = new ArrayList<>();
    for (String required :
        List.of(
            "survey_id",
            "worker_id",
            "origin",
            "destination",
            "migration_year",
            "sex",
            "cost_currency",
            "first_month_earnings",
            "earnings_currency")) {
      checks.add(RowChecks.missing(required));
    }
    for (CostItem item : COST_ITEMS) {
      checks.add(RowChecks.missing(item.column()));
      checks.add(RowChecks.nonNumeric(item.column(), col(item.parsed())));
      checks.add(RowChecks.negative(item.column(), col(item.parsed())));
    }
    checks.add(RowChecks.unknownCountry("origin", countries));
    checks.add(RowChecks.unknownCountry("destination", countries));
    checks.add(RowChecks.badYear("migration_year"));
    checks.add(RowChecks.notInCodeList("sex", SEXES));
    checks.add(RowChecks.notInCodeList("education", ISCED_LEVELS));
    checks.add(
        ReasonColumns.failing(
            col("occupation").isNotNull().and(not(col("occupation").rlike("^\\d{1,4}$"))),
            Reason.INVALID_CODE,
            concat(lit("occupation "), col("occupation"), lit(" is not an ISCO-08 code"))));
    checks.add(
        ReasonColumns.failing(
            col("industry").isNotNull().and(not(col("industry").rlike("^([A-U]|\\d{2,4})$"))),
            Reason.INVALID_CODE,
            concat(lit("industry "), col("industry"), lit(" is not an ISIC Rev. 4 code"))));
    checks.add(RowChecks.nonNumeric("age", col("age_value")));
    checks.add(RowChecks.negative("age", col("age_value")));
    checks.add(RowChecks.nonNumeric("first_month_earnings", col("earnings_value")));
    checks.add(RowChecks.negative("first_month_earnings", col("earnings_value")));
    checks.add(
        ReasonColumns.failing(
            col("earnings_value").equalTo(0),
            Reason.OUT_OF_RANGE_VALUE,
            lit("first_month_earnings 0: the indicator divides by the earnings")));
    checks.addAll(conversion("cost_currency", "cost_usd_rate", currencies));
    checks.addAll(conversion("earnings_currency", "earnings_usd_rate", currencies));
    checks.add(RowChecks.duplicateKey("survey_id", "worker_id"));
    return parsed.withColumn("reasons", array_compact(array(checks.toArray(Column[]::new))));
  }

  /**
   * A currency must be ISO 4217 and come with the rate that turns it into US dollars; US dollars
   * need no rate, and any rate given for them must be 1.
   */
  private static List<Column> conversion(String currency, String rate, Set<String> currencies) {
    Column code = upper(col(currency));
    Column value = col(rate + "_value");
    return List.of(
        ReasonColumns.failing(
            code.isNotNull().and(not(code.isin(currencies.toArray()))),
            Reason.UNIT_MISMATCH,
            concat(lit(currency + " "), col(currency), lit(" is not an ISO 4217 currency code"))),
        ReasonColumns.failing(
            code.isNotNull().and(code.notEqual(USD)).and(col(rate).isNull()),
            Reason.UNIT_MISMATCH,
            concat(lit("no " + rate + " for " + currency + " "), col(currency))),
        ReasonColumns.failing(
            code.equalTo(USD).and(value.notEqual(1)),
            Reason.UNIT_MISMATCH,
            concat(lit(rate + " "), col(rate), lit(" for " + currency + " USD (must be 1)"))),
        RowChecks.nonNumeric(rate, value),
        RowChecks.negative(rate, value),
        ReasonColumns.failing(
            value.equalTo(0),
            Reason.OUT_OF_RANGE_VALUE,
            lit(rate + " 0: a rate must be greater than zero")));
  }

  /**
   * Valid rows in the shape of silver.recruitment_cost: every item divided by its rate (currency
   * units per US dollar), the worker's cost C_k their sum, the earnings E_k likewise converted.
   */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    Column costRate = rate("cost_currency", "cost_usd_rate");
    Column earningsRate = rate("earnings_currency", "earnings_usd_rate");
    List<Column> columns = new ArrayList<>();
    columns.add(col("survey_id"));
    columns.add(col("worker_id"));
    columns.add(col("origin"));
    columns.add(col("destination"));
    columns.add(col("migration_year").cast("int").alias("migration_year"));
    columns.add(upper(col("sex")).alias("sex"));
    columns.add(col("age_value").alias("age"));
    columns.add(col("education"));
    columns.add(col("occupation"));
    columns.add(col("industry"));
    Column total = lit(0.0D);
    for (CostItem item : COST_ITEMS) {
      Column usd = col(item.parsed()).divide(costRate);
      columns.add(usd.alias(item.usdColumn()));
      total = total.plus(usd);
    }
    columns.add(total.alias("cost_usd"));
    columns.add(col("earnings_value").divide(earningsRate).alias("monthly_earnings_usd"));
    columns.add(upper(col("cost_currency")).alias("cost_currency"));
    columns.add(costRate.alias("cost_usd_rate"));
    columns.add(upper(col("earnings_currency")).alias("earnings_currency"));
    columns.add(earningsRate.alias("earnings_usd_rate"));
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(LineageColumns.after(columns.toArray(Column[]::new)));
  }

  /** The rate as given, or 1 for US dollars given without one. */
  private static Column rate(String currency, String rate) {
    return when(upper(col(currency)).equalTo(USD).and(col(rate).isNull()), lit(1.0D))
        .otherwise(col(rate + "_value"));
  }
}
