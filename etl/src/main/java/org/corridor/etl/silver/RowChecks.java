package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.upper;

import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.Window;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.table.Lineage;

/**
 * Checks that Corridor's own layouts share, each a reason column for {@code
 * array_compact(array(...))}, null where the row passes. An empty cell fails only its own
 * required-field check and passes the others, so a row gets one reason per fault, not a cascade.
 */
final class RowChecks {
  private RowChecks() {}

  static Column missing(String column) {
    return ReasonColumns.failing(col(column).isNull(), Reason.MISSING_REQUIRED_FIELD, lit(column));
  }

  static Column unknownCountry(String column, Collection<String> countries) {
    return ReasonColumns.failing(
        col(column).isNotNull().and(not(col(column).isin(countries.toArray()))),
        Reason.UNKNOWN_AREA_CODE,
        concat(lit(column + " "), col(column)));
  }

  static Column badYear(String column) {
    return ReasonColumns.failing(
        col(column).isNotNull().and(not(col(column).rlike("^\\d{4}$"))),
        Reason.BAD_PERIOD,
        concat(lit(column + " "), col(column)));
  }

  /** A code outside its list, compared without regard to case. */
  static Column notInCodeList(String column, Collection<String> codes) {
    return ReasonColumns.failing(
        col(column).isNotNull().and(not(upper(col(column)).isin(codes.toArray()))),
        Reason.INVALID_CODE,
        concat(lit(column + " "), col(column), lit(" is not one of " + new TreeSet<>(codes))));
  }

  /** A cell that holds text where a number is due; {@code parsed} is its try_cast. */
  static Column nonNumeric(String column, Column parsed) {
    return ReasonColumns.failing(
        col(column).isNotNull().and(parsed.isNull()),
        Reason.NON_NUMERIC_VALUE,
        concat(lit(column + " "), col(column)));
  }

  static Column negative(String column, Column parsed) {
    return ReasonColumns.failing(
        parsed.lt(0), Reason.NEGATIVE_VALUE, concat(lit(column + " "), col(column)));
  }

  /** Rows of one file that repeat a key: every such row fails, naming the key and its count. */
  static Column duplicateKey(String... keys) {
    Column lines =
        count(lit(1))
            .over(
                Window.partitionBy(
                    Stream.concat(Stream.of(Lineage.SOURCE_CHECKSUM), Stream.of(keys))
                        .map(k -> col(k))
                        .toArray(Column[]::new)));
    Column key =
        concat_ws(
            " ",
            Stream.of(keys)
                .map(k -> concat(lit(k + " "), coalesce(col(k), lit("(empty)"))))
                .toArray(Column[]::new));
    return ReasonColumns.failing(
        lines.gt(1),
        Reason.DUPLICATE_KEY,
        concat(key, lit(" on "), lines.cast("string"), lit(" lines")));
  }
}
