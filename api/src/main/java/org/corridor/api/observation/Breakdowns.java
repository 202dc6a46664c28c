package org.corridor.api.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.corridor.api.http.QueryValues;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.TextColumn;

/**
 * Filters on an observation's series and disaggregations ({@code sex=F}, {@code origin=USA,ESP},
 * ...), each parameter repeated or comma-separated. {@value #NOT_APPLICABLE}, SDMX's code for "not
 * applicable", asks for observations without that breakdown: {@code providerType=_Z} keeps the
 * all-providers figure and drops the per-type ones.
 */
final class Breakdowns {
  static final String NOT_APPLICABLE = "_Z";

  /** Query parameter name to gold column. */
  static final Map<String, String> COLUMNS =
      Map.of(
          "series", "series",
          "sex", "sex",
          "age", "age",
          "origin", "origin",
          "destination", "destination",
          "providerType", "provider_type",
          "policyDomain", "policy_domain");

  private final Map<String, Set<String>> valuesByColumn;

  private Breakdowns(Map<String, Set<String>> valuesByColumn) {
    this.valuesByColumn = valuesByColumn;
  }

  static final List<String> SEXES = List.of("F", "M", "_T", NOT_APPLICABLE);

  /** The filters of the query parameters of the same names, each null when absent. */
  static Breakdowns of(
      List<String> series,
      List<String> sex,
      List<String> age,
      List<String> origin,
      List<String> destination,
      List<String> providerType,
      List<String> policyDomain) {
    if (sex != null) {
      QueryValues.parts(sex).stream()
          .filter(value -> !SEXES.contains(value))
          .findFirst()
          .ifPresent(
              value -> {
                throw ApiErrors.unsupportedValue("sex", value, SEXES);
              });
    }
    Map<String, List<String>> filters = new HashMap<>();
    filters.put("series", series);
    filters.put("sex", sex);
    filters.put("age", age);
    filters.put("origin", origin);
    filters.put("destination", destination);
    filters.put("providerType", providerType);
    filters.put("policyDomain", policyDomain);
    return of(filters);
  }

  private static Breakdowns of(Map<String, List<String>> parameters) {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    parameters.forEach(
        (parameter, given) -> {
          if (given != null && !given.isEmpty()) {
            values.put(COLUMNS.get(parameter), QueryValues.distinct(given));
          }
        });
    return new Breakdowns(values);
  }

  boolean isEmpty() {
    return valuesByColumn.isEmpty();
  }

  /** One test per filtered column, on dictionary codes so a row is checked without strings. */
  List<ColumnTest> tests(ObservationSnapshot snapshot) {
    List<ColumnTest> tests = new ArrayList<>();
    valuesByColumn.forEach(
        (column, values) -> {
          TextColumn text = snapshot.text(column);
          boolean[] kept = new boolean[text.cardinality() + 1];
          for (int code : codes(snapshot, column)) {
            kept[code + 1] = true;
          }
          tests.add(new ColumnTest(text, kept));
        });
    return tests;
  }

  /**
   * The codes a filtered column's values have in the snapshot, {@link TextColumn#NULL_CODE} for
   * {@value #NOT_APPLICABLE}; values no row holds have none. Null when the column is not filtered.
   */
  int[] codes(ObservationSnapshot snapshot, String column) {
    Set<String> values = valuesByColumn.get(column);
    if (values == null) {
      return null;
    }
    TextColumn text = snapshot.text(column);
    IntStream.Builder codes = IntStream.builder();
    for (String value : values) {
      int code = text.codeOf(value);
      if (value.equals(NOT_APPLICABLE)) {
        codes.add(TextColumn.NULL_CODE);
      } else if (code != TextColumn.NULL_CODE) {
        codes.add(code);
      }
    }
    return codes.build().distinct().toArray();
  }

  /** Whether a row's value of one column is among those asked for (index 0 is null). */
  record ColumnTest(TextColumn column, boolean[] kept) {
    boolean passes(int row) {
      return kept[column.code(row) + 1];
    }
  }
}
