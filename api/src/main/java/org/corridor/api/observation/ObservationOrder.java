package org.corridor.api.observation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.TextColumn;

/**
 * The order of an answer: by area then period (the store's own order, and the default), by period
 * then area, or by value; a leading {@code -} reverses it. Ties keep the default order, and
 * observations without a value come last either way.
 */
enum ObservationOrder {
  AREA("area"),
  AREA_DESCENDING("-area"),
  PERIOD("period"),
  PERIOD_DESCENDING("-period"),
  VALUE("value"),
  VALUE_DESCENDING("-value");

  static final List<String> ALLOWED =
      Arrays.stream(values()).map(order -> order.parameter).toList();

  private final String parameter;

  ObservationOrder(String parameter) {
    this.parameter = parameter;
  }

  static ObservationOrder parse(String value) {
    if (value == null) {
      return AREA;
    }
    return Arrays.stream(values())
        .filter(order -> order.parameter.equals(value))
        .findFirst()
        .orElseThrow(() -> ApiErrors.unsupportedValue("sort", value, ALLOWED));
  }

  int[] apply(ObservationSnapshot snapshot, int[] rows) {
    if (this == AREA) {
      return rows;
    }
    Integer[] boxed = Arrays.stream(rows).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, comparator(snapshot));
    return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
  }

  private Comparator<Integer> comparator(ObservationSnapshot snapshot) {
    TextColumn area = snapshot.text("area");
    TextColumn period = snapshot.text("period");
    Comparator<Integer> storeOrder = Comparator.naturalOrder();
    return switch (this) {
      case AREA -> storeOrder;
      case AREA_DESCENDING ->
          Comparator.comparing((Integer row) -> area.value(row))
              .reversed()
              .thenComparing(storeOrder);
      case PERIOD ->
          Comparator.comparing((Integer row) -> period.value(row)).thenComparing(storeOrder);
      case PERIOD_DESCENDING ->
          Comparator.comparing((Integer row) -> period.value(row))
              .reversed()
              .thenComparing(storeOrder);
      case VALUE ->
          byValue((DoubleColumn) snapshot.column("value"), false).thenComparing(storeOrder);
      case VALUE_DESCENDING ->
          byValue((DoubleColumn) snapshot.column("value"), true).thenComparing(storeOrder);
    };
  }

  private static Comparator<Integer> byValue(DoubleColumn value, boolean descending) {
    Comparator<Double> numbers = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
    return Comparator.comparing(value::value, Comparator.nullsLast(numbers));
  }
}
