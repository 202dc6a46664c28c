package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.ilostat.IlostatSeries;
import org.corridor.etl.source.ilostat.IlostatSeries.OriginDimension;
import org.corridor.warehouse.table.Lineage;

/**
 * Validates ILOSTAT labour-migration observations and conforms them to silver.labour_migration. A
 * row must be for a country (ILO's regional and income aggregates, {@code X01}..., are not), a year
 * (annual series only), a known sex, exactly the classifications its indicator names, a place of
 * birth the series can hold, and a non-negative count in thousands ({@code UNIT_MULT} 3 where
 * SDMX-CSV states it); its key must be unique within the file.
 */
public final class IlostatConformance {
  /** ILOSTAT publishes these counts in thousands of persons, as its indicator names say. */
  static final String UNIT = "THOUSAND_PERSONS";

  private static final String THOUSANDS = "3";
  private static final String AGE = "AGE";
  private static final String TOTAL = "_T";
  private static final Map<String, String> SEXES =
      Map.of("SEX_T", TOTAL, "SEX_F", "F", "SEX_M", "M", "SEX_O", "O");
  private static final Map<String, String> MIGRANT_STATUS =
      Map.of("TOTAL", "TOTAL", "NAT", "NATIVE", "FOR", "FOREIGN", "X", "UNKNOWN");

  private IlostatConformance() {}

  /**
   * Adds a {@code reasons} array (empty for valid rows) and the conformed columns to bronze rows.
   *
   * @param countries ISO3 codes of the countries of Corridor's code list
   */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> countries) {
    Object[] known = countries.toArray();
    Column code = regexp_extract(col("indicator"), IlostatSeries.INDICATOR_PATTERN, 1);
    Column value = col("obs_value").try_cast("double");
    Dataset<Row> conformed =
        bronze
            .withColumn("indicator_code", code)
            .withColumn("measure", seriesFact(col("indicator_code"), s -> s.measure().name()))
            .withColumn(
                "origin_dimension",
                seriesFact(col("indicator_code"), s -> s.originDimension().name()))
            .withColumn(
                "expected_classifications",
                seriesFact(
                    col("indicator_code"),
                    s -> String.join(",", s.classifications().stream().sorted().toList())))
            .withColumn("classif1_kind", substring_index(col("classif1"), "_", 1))
            .withColumn("classif2_kind", substring_index(col("classif2"), "_", 1))
            .withColumn(
                "classifications",
                concat_ws(
                    ",",
                    array_sort(array_compact(array(col("classif1_kind"), col("classif2_kind"))))))
            .withColumn("age_code", classification(AGE).otherwise(lit(TOTAL)))
            .withColumn("place_of_birth", classification(IlostatSeries.PLACE_OF_BIRTH))
            .withColumn("breakdown_code", otherClassification().otherwise(lit(TOTAL)))
            .withColumn("birth_item", substring_index(col("place_of_birth"), "_", -1))
            .withColumn("sex_code", mapped(col("sex"), SEXES))
            .withColumn("population_group", populationGroup())
            .withColumn("origin", origin(known))
            .withColumn(
                "value_number", when(isnan(value), lit(null).cast("double")).otherwise(value))
            .withColumn(
                "lines_with_key",
                count(lit(1))
                    .over(
                        Window.partitionBy(
                            col(Lineage.SOURCE_CHECKSUM),
                            col("indicator_code"),
                            col("ref_area"),
                            col("source"),
                            col("time"),
                            col("sex"),
                            least(col("classif1"), col("classif2")),
                            greatest(col("classif1"), col("classif2")))));
    Column classificationsMatch = col("classifications").equalTo(col("expected_classifications"));
    return conformed.withColumn(
        "reasons",
        array_compact(
            array(
                ReasonColumns.failing(
                    col("measure").isNull(),
                    Reason.MISSING_REQUIRED_FIELD,
                    concat(lit("indicator "), described(col("indicator")))),
                ReasonColumns.failing(
                    col("ref_area").isNull(), Reason.MISSING_REQUIRED_FIELD, lit("ref_area")),
                ReasonColumns.failing(
                    col("ref_area").isNotNull().and(col("ref_area").isin(known).equalTo(false)),
                    Reason.UNKNOWN_AREA_CODE,
                    when(
                            col("ref_area").rlike("^X\\d{2}$"),
                            concat(col("ref_area"), lit(" (ILO aggregate, not a country)")))
                        .otherwise(col("ref_area"))),
                ReasonColumns.failing(
                    coalesce(col("time").rlike("^\\d{4}$"), lit(false)).equalTo(false),
                    Reason.BAD_PERIOD,
                    concat(
                        described(col("time")),
                        lit(" (only annual observations, YYYY, are read)"))),
                ReasonColumns.failing(
                    col("sex").isNull(), Reason.MISSING_REQUIRED_FIELD, lit("sex")),
                ReasonColumns.failing(
                    col("sex").isNotNull().and(col("sex_code").isNull()),
                    Reason.UNKNOWN_CLASSIFICATION,
                    concat(lit("sex "), col("sex"))),
                ReasonColumns.failing(
                    col("measure").isNotNull().and(classificationsMatch.equalTo(false)),
                    Reason.UNKNOWN_CLASSIFICATION,
                    concat(
                        lit("classifications "),
                        described(concat_ws(", ", col("classif1"), col("classif2"))),
                        lit(" where "),
                        col("indicator_code"),
                        lit(" has "),
                        col("expected_classifications"))),
                ReasonColumns.failing(
                    classificationsMatch.and(col("population_group").isNull()),
                    Reason.UNKNOWN_CLASSIFICATION,
                    concat(lit("place of birth "), col("place_of_birth"))),
                ReasonColumns.failing(
                    classificationsMatch
                        .and(col("population_group").isNotNull())
                        .and(col("origin").isNull()),
                    Reason.UNKNOWN_AREA_CODE,
                    concat(lit("country of birth "), col("place_of_birth"))),
                ReasonColumns.failing(
                    col("obs_value").isNull(), Reason.MISSING_REQUIRED_FIELD, lit("obs_value")),
                ReasonColumns.failing(
                    col("obs_value").isNotNull().and(col("value_number").isNull()),
                    Reason.NON_NUMERIC_VALUE,
                    col("obs_value")),
                ReasonColumns.failing(
                    col("value_number").lt(0), Reason.NEGATIVE_VALUE, col("obs_value")),
                ReasonColumns.failing(
                    col("unit_mult").isNotNull().and(col("unit_mult").notEqual(THOUSANDS)),
                    Reason.UNIT_MISMATCH,
                    concat(
                        lit("UNIT_MULT "),
                        col("unit_mult"),
                        lit(": counts must be in thousands (UNIT_MULT 3)"))),
                ReasonColumns.failing(
                    col("lines_with_key").gt(1),
                    Reason.DUPLICATE_KEY,
                    concat(
                        concat_ws(
                            " ",
                            col("indicator_code"),
                            col("ref_area"),
                            col("source"),
                            col("time"),
                            col("sex"),
                            col("classif1"),
                            col("classif2")),
                        lit(" on "),
                        col("lines_with_key").cast("string"),
                        lit(" lines"))))));
  }

  /** Valid rows in the shape of silver.labour_migration. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("ref_area").alias("area"),
                col("indicator_code").alias("indicator"),
                col("source"),
                col("time").cast("int").alias("year"),
                col("sex_code").alias("sex"),
                col("age_code").alias("age"),
                // Every series read classifies people by place of birth (CBR), none by citizenship.
                lit("BIRTH").alias("migrant_basis"),
                col("population_group"),
                col("origin"),
                col("breakdown_code").alias("breakdown"),
                col("measure"),
                lit(UNIT).alias("unit"),
                col("value_number").alias("value"),
                col("obs_status")));
  }

  /** A per-series fact for the row's indicator code; null for a code Corridor does not read. */
  private static Column seriesFact(Column code, Function<IlostatSeries, String> fact) {
    Column result = lit(null).cast("string");
    for (IlostatSeries series : IlostatSeries.values()) {
      result = when(code.equalTo(series.name()), lit(fact.apply(series))).otherwise(result);
    }
    return result;
  }

  /** The classification code of the given kind, from whichever classification column holds it. */
  private static Column classification(String kind) {
    return when(col("classif1_kind").equalTo(kind), col("classif1"))
        .when(col("classif2_kind").equalTo(kind), col("classif2"));
  }

  /** The classification that is neither age nor place of birth: activity, education, ... */
  private static Column otherClassification() {
    Object[] special = {AGE, IlostatSeries.PLACE_OF_BIRTH};
    return when(col("classif1_kind").isin(special).equalTo(false), col("classif1"))
        .when(col("classif2_kind").isin(special).equalTo(false), col("classif2"));
  }

  /**
   * NATIVE, FOREIGN, TOTAL or UNKNOWN from the place of birth's last part ({@code CBR_FOR}, {@code
   * CBR_BRT_X}); a series by country of birth counts only the foreign-born.
   */
  private static Column populationGroup() {
    return when(
            col("origin_dimension")
                .equalTo(OriginDimension.COUNTRY_OF_BIRTH.name())
                .and(col("place_of_birth").isNotNull()),
            lit("FOREIGN"))
        .when(
            col("origin_dimension").equalTo(OriginDimension.MIGRANT_STATUS.name()),
            mapped(col("birth_item"), MIGRANT_STATUS));
  }

  /**
   * The country of birth where the series has one: its ISO3, {@code _T} for all countries, {@code
   * _X} for "not elsewhere classified"; {@code _Z} for series by migrant status only.
   */
  private static Column origin(Object[] countries) {
    Column item = col("birth_item");
    return when(col("origin_dimension").equalTo(OriginDimension.MIGRANT_STATUS.name()), lit("_Z"))
        .when(item.equalTo("TOTAL"), lit(TOTAL))
        .when(item.equalTo("X"), lit("_X"))
        .when(item.isin(countries), item);
  }

  private static Column mapped(Column code, Map<String, String> mapping) {
    Column result = lit(null).cast("string");
    for (Map.Entry<String, String> entry : mapping.entrySet()) {
      result = when(code.equalTo(entry.getKey()), lit(entry.getValue())).otherwise(result);
    }
    return result;
  }

  private static Column described(Column text) {
    return when(text.isNull().or(text.equalTo("")), lit("(empty)")).otherwise(text);
  }
}
