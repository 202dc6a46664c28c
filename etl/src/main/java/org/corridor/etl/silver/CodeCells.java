package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

import java.util.Collection;
import org.apache.spark.sql.Column;
import org.corridor.etl.source.Reason;

/**
 * Cells of the activity layouts that hold several values: codes separated by spaces ({@code "RT2a
 * RT3c"}, {@code "2005 2006"}), names separated by semicolons ({@code "IOM; UNDP"}).
 */
final class CodeCells {
  private static final String YEAR = "^(19|20)[0-9]{2}$";

  private CodeCells() {}

  /** The codes of a space-separated cell; an empty cell gives an empty list. */
  static Column codes(String cell) {
    return array_remove(split(trim(coalesce(col(cell), lit(""))), "\\s+"), "");
  }

  /** The names of a semicolon-separated cell, trimmed; an empty cell gives an empty list. */
  static Column names(String cell) {
    return array_remove(split(trim(coalesce(col(cell), lit(""))), "\\s*;\\s*"), "");
  }

  /** The reason {@code reason: label codes} when a list holds codes outside {@code allowed}. */
  static Column unknown(Column codes, Collection<String> allowed, Reason reason, String label) {
    Column outside =
        array_except(codes, array(allowed.stream().map(code -> lit(code)).toArray(Column[]::new)));
    return ReasonColumns.failing(
        size(outside).gt(0), reason, concat(lit(label + " "), array_join(outside, " ")));
  }

  /** The reason BAD_PERIOD when a list of years holds anything but years 1900-2099. */
  static Column badYears(Column years) {
    Column bad = filter(years, year -> not(year.rlike(YEAR)));
    return ReasonColumns.failing(
        size(bad).gt(0), Reason.BAD_PERIOD, concat(lit("years "), array_join(bad, " ")));
  }
}
