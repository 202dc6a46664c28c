package org.corridor.etl.silver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.corridor.etl.source.Reason;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.Direction;
import org.corridor.warehouse.table.TableSpec;

/**
 * The rules a custom-indicator definition must meet, checked on the driver: the fields the gold job
 * needs are there and mean something, the code cannot be mistaken for a catalogue indicator's, a
 * ratio has a denominator and a sum none, a target has both its value and its year, and the
 * expressions are sound over the fact table (see {@link FactExpressions}).
 */
final class CustomIndicatorRules {
  private static final String CODE_PATTERN = "^CUSTOM\\.[A-Za-z0-9_.-]+$";
  private static final List<String> REQUIRED =
      List.of("code", "name", "unit", "fact_table", "numerator", "aggregation", "direction");

  private final SparkSession spark;
  private final Set<String> catalogueCodes;

  CustomIndicatorRules(SparkSession spark, Set<String> catalogueCodes) {
    this.spark = spark;
    this.catalogueCodes = Set.copyOf(catalogueCodes);
  }

  /** Every fault of one bronze definition, as quarantine reasons; empty for a sound one. */
  List<String> faults(Row definition) {
    List<String> faults = new ArrayList<>();
    for (String field : REQUIRED) {
      if (text(definition, field).isEmpty()) {
        faults.add(Reason.MISSING_REQUIRED_FIELD.with(field));
      }
    }
    text(definition, "code").ifPresent(code -> codeFault(code).ifPresent(faults::add));
    Optional<AggregationMethod> aggregation = aggregation(definition, faults);
    text(definition, "direction")
        .filter(direction -> !names(Direction.values()).contains(normalised(direction)))
        .ifPresent(
            direction ->
                faults.add(
                    Reason.INVALID_CODE.with(
                        "direction " + direction + " is not one of " + names(Direction.values()))));
    number(definition, "scale", faults);
    number(definition, "target_value", faults);
    text(definition, "target_year")
        .filter(year -> !year.matches("^\\d{4}$"))
        .ifPresent(year -> faults.add(Reason.BAD_PERIOD.with("target_year " + year)));
    if (text(definition, "target_value").isPresent()
        != text(definition, "target_year").isPresent()) {
      faults.add(
          Reason.MISSING_REQUIRED_FIELD.with(
              text(definition, "target_value").isPresent() ? "target year" : "target value"));
    }
    Optional<String> denominator = text(definition, "denominator");
    if (aggregation.equals(Optional.of(AggregationMethod.RATIO_OF_SUMS)) && denominator.isEmpty()) {
      faults.add(
          Reason.MISSING_REQUIRED_FIELD.with("denominator (RATIO_OF_SUMS divides by its sum)"));
    }
    if (aggregation.equals(Optional.of(AggregationMethod.SUM)) && denominator.isPresent()) {
      faults.add(
          Reason.INVALID_VALUE.with(
              "denominator given, but SUM adds numerators only: use RATIO_OF_SUMS for a ratio"));
    }
    text(definition, "fact_table")
        .ifPresent(
            name -> {
              TableSpec table =
                  CustomIndicatorConformance.FACT_TABLES.get(name.toLowerCase(Locale.ROOT));
              if (table == null) {
                faults.add(
                    Reason.INVALID_VALUE.with(
                        "fact_table "
                            + name
                            + " is not one of "
                            + new TreeSet<>(CustomIndicatorConformance.FACT_TABLES.keySet())));
              } else {
                FactExpressions expressions = new FactExpressions(spark, table);
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

  private Optional<String> codeFault(String code) {
    if (catalogueCodes.contains(code)) {
      return Optional.of(Reason.RESERVED_CODE.with("code " + code + " is a catalogue indicator's"));
    }
    if (!code.matches(CODE_PATTERN)) {
      return Optional.of(
          Reason.RESERVED_CODE.with(
              "code "
                  + code
                  + " must be "
                  + CustomIndicatorConformance.PREFIX
                  + " followed by letters, digits, '.', '_' or '-'"));
    }
    return Optional.empty();
  }

  private static Optional<AggregationMethod> aggregation(Row definition, List<String> faults) {
    Optional<String> given = text(definition, "aggregation");
    Set<String> allowed =
        CustomIndicatorConformance.AGGREGATIONS.stream()
            .map(Enum::name)
            .collect(Collectors.toSet());
    if (given.isPresent() && !allowed.contains(normalised(given.get()))) {
      faults.add(
          Reason.INVALID_CODE.with(
              "aggregation " + given.get() + " is not one of " + new TreeSet<>(allowed)));
      return Optional.empty();
    }
    return given.map(name -> AggregationMethod.valueOf(normalised(name)));
  }

  private static void number(Row definition, String field, List<String> faults) {
    text(definition, field)
        .filter(value -> !isNumber(value))
        .ifPresent(value -> faults.add(Reason.NON_NUMERIC_VALUE.with(field + " " + value)));
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
