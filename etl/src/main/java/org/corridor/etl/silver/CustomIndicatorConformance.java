package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.upper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.Direction;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Validates a secretariat's custom-indicator definitions: every field the gold job needs is there
 * and means something, the code cannot be mistaken for a catalogue indicator's, and the filter,
 * numerator and denominator are Spark SQL over the fact table's own columns. A definition with any
 * fault is quarantined whole, with every fault named; the others are accepted.
 */
public final class CustomIndicatorConformance {
  /** Every custom code starts so, which keeps it apart from SDG and GCM codes for good. */
  public static final String PREFIX = "CUSTOM.";

  /**
   * Silver tables of country-year facts a custom indicator may be computed from: each has an ISO3
   * {@code area} and an integer {@code year}.
   */
  public static final Map<String, TableSpec> FACT_TABLES =
      List.of(
              SilverTables.PROGRAMME_RESULT,
              SilverTables.REMITTANCE_FLOW,
              SilverTables.GDP,
              SilverTables.POPULATION,
              SilverTables.LABOUR_MIGRATION)
          .stream()
          .collect(Collectors.toMap(TableSpec::qualifiedName, Function.identity()));

  /** The aggregation rules a custom indicator may use: the two that are sums, and none. */
  public static final Set<AggregationMethod> AGGREGATIONS =
      Set.of(
          AggregationMethod.SUM, AggregationMethod.RATIO_OF_SUMS, AggregationMethod.NOT_AGGREGABLE);

  private static final String CODE_PATTERN = "^CUSTOM\\.[A-Za-z0-9_.-]+$";
  private static final List<String> REQUIRED =
      List.of("code", "name", "unit", "fact_table", "numerator", "aggregation", "direction");
  private static final StructType FOUND =
      new StructType()
          .add(Lineage.SOURCE_CHECKSUM, DataTypes.StringType)
          .add(Lineage.SOURCE_ROW, DataTypes.LongType)
          .add("definition_reasons", DataTypes.createArrayType(DataTypes.StringType));

  private CustomIndicatorConformance() {}

  /**
   * Adds a {@code reasons} array (empty for valid definitions) to bronze definitions. A file holds
   * a handful, so each is checked on the driver, where Spark's parser and analyser are.
   *
   * @param catalogueCodes codes of the shipped catalogue, which a custom code must not take
   */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> catalogueCodes) {
    List<Row> found = new ArrayList<>();
    for (Row definition : bronze.collectAsList()) {
      found.add(
          RowFactory.create(
              definition.<String>getAs(Lineage.SOURCE_CHECKSUM),
              definition.<Long>getAs(Lineage.SOURCE_ROW),
              faults(bronze, definition, catalogueCodes).toArray(String[]::new)));
    }
    Dataset<Row> lookup = bronze.sparkSession().createDataFrame(found, FOUND);
    return bronze
        .join(lookup, new String[] {Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW})
        .withColumn(
            "reasons",
            concat(col("definition_reasons"), array_compact(array(RowChecks.duplicateKey("code")))))
        .drop("definition_reasons");
  }

  /** Valid definitions in the shape of silver.custom_indicator. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("code"),
                col("name"),
                col("unit"),
                lower(col("fact_table")).alias("fact_table"),
                col("filter"),
                col("numerator"),
                col("denominator"),
                upper(col("aggregation")).alias("aggregation"),
                coalesce(col("scale").cast("double"), lit(1.0)).alias("scale"),
                col("target_value").cast("double").alias("target_value"),
                col("target_year").cast("int").alias("target_year"),
                upper(col("direction")).alias("direction"),
                coalesce(col("source"), concat(lit("Facts of "), lower(col("fact_table"))))
                    .alias("source")));
  }

  private static List<String> faults(
      Dataset<Row> bronze, Row definition, Set<String> catalogueCodes) {
    List<String> faults = new ArrayList<>();
    for (String field : REQUIRED) {
      if (text(definition, field).isEmpty()) {
        faults.add(FactExpressions.reason(Reason.MISSING_REQUIRED_FIELD, field));
      }
    }
    text(definition, "code")
        .ifPresent(code -> codeFault(code, catalogueCodes).ifPresent(faults::add));
    Optional<AggregationMethod> aggregation = aggregation(definition, faults);
    text(definition, "direction")
        .filter(direction -> !names(Direction.values()).contains(normalised(direction)))
        .ifPresent(
            direction ->
                faults.add(
                    FactExpressions.reason(
                        Reason.INVALID_CODE,
                        "direction " + direction + " is not one of " + names(Direction.values()))));
    number(definition, "scale", faults);
    number(definition, "target_value", faults);
    text(definition, "target_year")
        .filter(year -> !year.matches("^\\d{4}$"))
        .ifPresent(
            year -> faults.add(FactExpressions.reason(Reason.BAD_PERIOD, "target_year " + year)));
    if (text(definition, "target_value").isPresent()
        != text(definition, "target_year").isPresent()) {
      faults.add(
          FactExpressions.reason(
              Reason.MISSING_REQUIRED_FIELD,
              text(definition, "target_value").isPresent() ? "target year" : "target value"));
    }
    Optional<String> denominator = text(definition, "denominator");
    if (aggregation.equals(Optional.of(AggregationMethod.RATIO_OF_SUMS)) && denominator.isEmpty()) {
      faults.add(
          FactExpressions.reason(
              Reason.MISSING_REQUIRED_FIELD, "denominator (RATIO_OF_SUMS divides by its sum)"));
    }
    if (aggregation.equals(Optional.of(AggregationMethod.SUM)) && denominator.isPresent()) {
      faults.add(
          FactExpressions.reason(
              Reason.INVALID_VALUE,
              "denominator given, but SUM adds numerators only: use RATIO_OF_SUMS for a ratio"));
    }
    text(definition, "fact_table")
        .ifPresent(
            name -> {
              TableSpec table = FACT_TABLES.get(name.toLowerCase(Locale.ROOT));
              if (table == null) {
                faults.add(
                    FactExpressions.reason(
                        Reason.INVALID_VALUE,
                        "fact_table "
                            + name
                            + " is not one of "
                            + new TreeSet<>(FACT_TABLES.keySet())));
              } else {
                FactExpressions expressions = new FactExpressions(bronze.sparkSession(), table);
                text(definition, "filter")
                    .flatMap(filter -> expressions.conditionProblem("filter", filter))
                    .ifPresent(faults::add);
                text(definition, "numerator")
                    .flatMap(numerator -> expressions.numberProblem("numerator", numerator))
                    .ifPresent(faults::add);
                denominator
                    .flatMap(d -> expressions.numberProblem("denominator", d))
                    .ifPresent(faults::add);
              }
            });
    return faults;
  }

  private static Optional<String> codeFault(String code, Set<String> catalogueCodes) {
    if (catalogueCodes.contains(code)) {
      return Optional.of(
          FactExpressions.reason(
              Reason.RESERVED_CODE, "code " + code + " is a catalogue indicator's"));
    }
    if (!code.matches(CODE_PATTERN)) {
      return Optional.of(
          FactExpressions.reason(
              Reason.RESERVED_CODE,
              "code "
                  + code
                  + " must be "
                  + PREFIX
                  + " followed by letters, digits, '.', '_' or '-'"));
    }
    return Optional.empty();
  }

  private static Optional<AggregationMethod> aggregation(Row definition, List<String> faults) {
    Optional<String> given = text(definition, "aggregation");
    Set<String> allowed = AGGREGATIONS.stream().map(Enum::name).collect(Collectors.toSet());
    if (given.isPresent() && !allowed.contains(normalised(given.get()))) {
      faults.add(
          FactExpressions.reason(
              Reason.INVALID_CODE,
              "aggregation " + given.get() + " is not one of " + new TreeSet<>(allowed)));
      return Optional.empty();
    }
    return given.map(name -> AggregationMethod.valueOf(normalised(name)));
  }

  private static void number(Row definition, String field, List<String> faults) {
    text(definition, field)
        .filter(value -> !isNumber(value))
        .ifPresent(
            value ->
                faults.add(FactExpressions.reason(Reason.NON_NUMERIC_VALUE, field + " " + value)));
  }

  private static boolean isNumber(String value) {
    try {
      return Double.isFinite(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Optional<String> text(Row definition, String field) {
    return Optional.ofNullable(definition.<String>getAs(field))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  private static String normalised(String value) {
    return value.strip().toUpperCase(Locale.ROOT);
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }
}
