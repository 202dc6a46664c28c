package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.corridor.etl.source.Reason;

/**
 * Area codes as Remittance Prices Worldwide writes them, conformed to Corridor's code list. RPW
 * writes Kosovo as {@code KSV} in its code columns (its own {@code corridor} column and the rest of
 * the World Bank write {@code XKX}, as the code list does); every other code is ISO 3166 alpha-3.
 */
final class RpwAreaCodes {
  private static final String RPW_KOSOVO = "KSV";
  private static final String KOSOVO = "XKX";

  private RpwAreaCodes() {}

  static Column conformed(Column code) {
    return when(code.equalTo(RPW_KOSOVO), lit(KOSOVO)).otherwise(code);
  }

  /**
   * The reason a code is not a country of the code list, e.g. {@code UNKNOWN_AREA_CODE: sending
   * ZZZ}; null when it is one, or when it is missing (a reason of its own).
   *
   * @param column the code as published
   * @param conformed the code after {@link #conformed}
   * @param role the country's role in the corridor, e.g. {@code sending}
   */
  static Column unknown(String column, String conformed, String role, Object[] countries) {
    return ReasonColumns.failing(
        col(column).isNotNull().and(col(conformed).isin(countries).equalTo(false)),
        Reason.UNKNOWN_AREA_CODE,
        concat(lit(role + " "), col(column)));
  }
}
