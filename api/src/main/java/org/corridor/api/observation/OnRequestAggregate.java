package org.corridor.api.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.IntegerColumn;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.PolicyCategory;

/**
 * Aggregates an indicator's country observations over any set of countries by the indicator's own
 * rule, the way the ETL aggregates its named groups: per series, period and breakdown,
 *
 * <ul>
 *   <li>{@code SUM}: the sum of the countries' values;
 *   <li>{@code RATIO_OF_SUMS} and {@code MEAN_OF_UNITS}: the sum of the numerators over the sum of
 *       the denominators, times the indicator's scale. A mean of units is the same ratio because a
 *       country's numerator sums its units' values and its denominator counts them, so the result
 *       is the mean over units, never a mean of country means;
 *   <li>{@code SHARE_OF_COUNTRIES}: from the countries' category codes, the share of the responding
 *       countries in each category, one {@code SHARE_<category>} series per category.
 * </ul>
 *
 * A country observation without the components its rule needs (a ratio without numerator or
 * denominator) is left out and does not count as data. Coverage is the countries with data, the
 * countries aggregated over and the share of their population the countries with data hold.
 */
final class OnRequestAggregate {
  /** The breakdown columns an aggregate keeps apart, besides series and period. */
  static final List<String> BREAKDOWNS =
      List.of("sex", "age", "origin", "destination", "provider_type", "policy_domain");

  private static final String SHARE_UNIT = "PERCENT";

  private final Indicator indicator;
  private final int countriesInGroup;
  private final PopulationCoverage coverage;
  private final TextColumn area;
  private final IntegerColumn year;
  private final TextColumn series;
  private final TextColumn period;
  private final List<TextColumn> breakdowns;
  private final TextColumn unit;
  private final DoubleColumn value;
  private final DoubleColumn numerator;
  private final DoubleColumn denominator;

  private OnRequestAggregate(
      ObservationSnapshot snapshot,
      Indicator indicator,
      int countriesInGroup,
      PopulationCoverage coverage) {
    this.indicator = indicator;
    this.countriesInGroup = countriesInGroup;
    this.coverage = coverage;
    this.area = snapshot.text("area");
    this.year = snapshot.integers("year");
    this.series = snapshot.text("series");
    this.period = snapshot.text("period");
    this.breakdowns = BREAKDOWNS.stream().map(snapshot::text).toList();
    this.unit = snapshot.text("unit");
    this.value = snapshot.table().doubles("value");
    this.numerator = snapshot.table().doubles("numerator");
    this.denominator = snapshot.table().doubles("denominator");
  }

  /**
   * The aggregates of the given country rows, sorted by series, period and breakdowns.
   *
   * @param rows country observations of the indicator, one per country and key
   * @param countriesInGroup how many countries the aggregate is over, with data or not
   * @param coverage the population share of the group's countries with data
   */
  static List<AggregateValue> of(
      ObservationSnapshot snapshot,
      Indicator indicator,
      int[] rows,
      int countriesInGroup,
      PopulationCoverage coverage) {
    return new OnRequestAggregate(snapshot, indicator, countriesInGroup, coverage).aggregate(rows);
  }

  private List<AggregateValue> aggregate(int[] rows) {
    Map<Key, Sums> sums = new LinkedHashMap<>();
    AggregationMethod method = indicator.aggregation();
    if (method == AggregationMethod.SHARE_OF_COUNTRIES) {
      sumCategories(rows, sums);
    } else {
      boolean sum = method == AggregationMethod.SUM;
      for (int row : rows) {
        if (sum ? value.isNull(row) : numerator.isNull(row) || denominator.isNull(row)) {
          continue;
        }
        sums.computeIfAbsent(key(row, series.code(row)), k -> new Sums(row))
            .add(
                area.code(row),
                sum ? value.doubleValue(row) : numerator.doubleValue(row),
                sum ? 0 : denominator.doubleValue(row));
      }
    }
    List<Map.Entry<Key, Sums>> entries = new ArrayList<>(sums.entrySet());
    entries.sort(Map.Entry.comparingByKey(Key.ORDER));
    List<AggregateValue> values = new ArrayList<>(entries.size());
    for (Map.Entry<Key, Sums> entry : entries) {
      toValue(entry.getKey(), entry.getValue()).ifPresent(values::add);
    }
    return values;
  }

  /**
   * For a share of countries: every responding country counts in the denominator of each category's
   * share, and in the numerator of its own category's.
   */
  private void sumCategories(int[] rows, Map<Key, Sums> sums) {
    int codeSeries = series.codeOf(PolicyCategory.CODE_SERIES);
    for (int row : rows) {
      if (series.code(row) != codeSeries || value.isNull(row)) {
        continue;
      }
      for (PolicyCategory category : PolicyCategory.values()) {
        boolean inCategory = category.code() == value.doubleValue(row);
        sums.computeIfAbsent(key(row, category.ordinal()), k -> new Sums(row))
            .add(area.code(row), inCategory ? 1.0 : 0.0, 1.0);
      }
    }
  }

  private Key key(int row, int seriesCode) {
    int[] codes = new int[BREAKDOWNS.size()];
    for (int index = 0; index < codes.length; index++) {
      codes[index] = breakdowns.get(index).code(row);
    }
    return new Key(seriesCode, period.code(row), codes);
  }

  private Optional<AggregateValue> toValue(Key key, Sums sums) {
    AggregationMethod method = indicator.aggregation();
    boolean sum = method == AggregationMethod.SUM;
    if (!sum && sums.denominator == 0) {
      return Optional.empty();
    }
    boolean share = method == AggregationMethod.SHARE_OF_COUNTRIES;
    int first = sums.firstRow;
    return Optional.of(
        new AggregateValue(
            share ? PolicyCategory.values()[key.series].shareSeries() : series.valueOf(key.series),
            period.valueOf(key.period),
            text(0, key),
            text(1, key),
            text(2, key),
            text(3, key),
            text(4, key),
            text(5, key),
            sum ? sums.numerator : sums.numerator / sums.denominator * indicator.scale(),
            sums.numerator,
            sum ? null : sums.denominator,
            share ? SHARE_UNIT : unit.value(first),
            method.name(),
            sums.areas.size(),
            countriesInGroup,
            populationShare(sums)));
  }

  private Double populationShare(Sums sums) {
    if (year.isNull(sums.firstRow)) {
      return null;
    }
    List<String> withData = sums.areas.stream().map(area::valueOf).toList();
    OptionalDouble share = coverage.share(withData, year.intValue(sums.firstRow));
    return share.isPresent() ? share.getAsDouble() : null;
  }

  private String text(int breakdown, Key key) {
    int code = key.breakdowns[breakdown];
    return code == TextColumn.NULL_CODE ? null : breakdowns.get(breakdown).valueOf(code);
  }

  /**
   * What an aggregate groups by, as dictionary codes, which sort like the values they stand for;
   * for a share of countries, {@code series} is the category's ordinal, since the share series are
   * not in the dictionary while the table holds no group row.
   */
  private record Key(int series, int period, int[] breakdowns) {
    static final Comparator<Key> ORDER =
        Comparator.comparingInt(Key::series)
            .thenComparingInt(Key::period)
            .thenComparing(Key::breakdowns, Arrays::compare);

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && series == key.series
          && period == key.period
          && Arrays.equals(breakdowns, key.breakdowns);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * series + period) + Arrays.hashCode(breakdowns);
    }

    @Override
    public String toString() {
      return "Key[" + series + ", " + period + ", " + Arrays.toString(breakdowns) + "]";
    }
  }

  /** Running sums of one aggregate; each contributing row is one country with data. */
  private static final class Sums {
    private final int firstRow;
    private final List<Integer> areas = new ArrayList<>();
    private double numerator;
    private double denominator;

    Sums(int firstRow) {
      this.firstRow = firstRow;
    }

    void add(int areaCode, double rowNumerator, double rowDenominator) {
      areas.add(areaCode);
      numerator += rowNumerator;
      denominator += rowDenominator;
    }
  }
}
