package org.corridor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;

/**
 * Generates a gold observation table shaped like Corridor's: the catalogue's indicators over every
 * country and aggregate for 2000-2025, some by sex, age or policy domain, and the corridors of
 * 10.c.1 (quarters and years, two amounts) and GCM20 (years), which make up the bulk, as the World
 * Bank's and KNOMAD's corridor data do. Seeded, so the same size gives the same table.
 */
final class ObservationGenerator {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2025;
  static final String RUN_ID = "bench-run-1";

  /** Corridors every size holds, first, so that the benchmark's queries always find them. */
  static final List<List<String>> LEADING_CORRIDORS =
      List.of(
          List.of("USA", "MEX"),
          List.of("USA", "GTM"),
          List.of("USA", "IND"),
          List.of("ARE", "IND"),
          List.of("SAU", "EGY"),
          List.of("ESP", "MAR"),
          List.of("GBR", "NGA"),
          List.of("USA", "PHL"));

  private static final int FIRST_CORRIDOR_YEAR = 2011;
  private static final List<String> CORRIDOR_SERIES = List.of("CORRIDOR_USD200", "CORRIDOR_USD500");
  private static final List<String> FOOTNOTES =
      List.of(
          "Break in series",
          "Provisional figure",
          "Excludes informal channels",
          "Survey year differs from reference year");
  private static final List<Map<String, String>> NO_BREAKDOWN = List.of(Map.of());
  private static final List<Map<String, String>> BY_SEX =
      List.of(Map.of("sex", "F"), Map.of("sex", "M"), Map.of("sex", "_T"));
  private static final List<String> AGES = List.of("Y15T24", "Y25T54", "Y55T64", "Y_GE65", "_T");

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.load();
  private final List<String> countries;
  private final List<AreaGroup> groups;
  private final Random random = new Random(20_251_123L);
  private final Consumer<Object[]> sink;
  private long remaining;

  ObservationGenerator(Consumer<Object[]> sink) {
    Areas areas = Areas.load();
    this.countries = areas.countries().stream().map(area -> area.iso3()).toList();
    this.groups = areas.groups();
    this.sink = sink;
  }

  /** Emits {@code rows} rows, indicator by indicator; fails if more than the shape can hold. */
  void generate(long rows) {
    remaining = rows;
    annual("17.3.2", years(FIRST_YEAR, LAST_YEAR), NO_BREAKDOWN, "World Bank WDI");
    annual("10.7.1", years(2015, LAST_YEAR), NO_BREAKDOWN, "ILO/World Bank KNOMAD survey");
    annual("10.7.2", List.of(2019, 2021, 2023, 2025), policyDomains(), "UN DESA/IOM/OECD");
    annual("10.7.3", years(2014, LAST_YEAR), BY_SEX, "IOM Missing Migrants Project");
    annual("10.7.4", years(FIRST_YEAR, LAST_YEAR), NO_BREAKDOWN, "UNHCR");
    annual("10.c.1.SMART", years(2016, LAST_YEAR), NO_BREAKDOWN, "World Bank RPW");
    annual("GCM19.REMITTANCES_PER_MIGRANT", years(2010, LAST_YEAR), NO_BREAKDOWN, "KNOMAD");
    annual("GCM21.RETURNS", years(2010, LAST_YEAR), BY_SEX, "Frontex/IOM");
    annual("GCM21.REINTEGRATION_SHARE", years(2015, LAST_YEAR), NO_BREAKDOWN, "IOM");
    annual("LABOUR.MIGRANT_WORKERS", years(2010, LAST_YEAR), bySexAndAge(), "ILOSTAT");
    annual("LABOUR.WOMEN_SHARE", years(2010, LAST_YEAR), NO_BREAKDOWN, "ILOSTAT");
    annual("RCP.ACTIVITIES", years(FIRST_YEAR, LAST_YEAR), NO_BREAKDOWN, "RCP secretariats");
    annual("RCP.GFMD_LINK_SHARE", years(2007, LAST_YEAR), NO_BREAKDOWN, "RCP secretariats");
    annual("GFMD.ACTIVITIES", years(2007, LAST_YEAR), NO_BREAKDOWN, "GFMD");
    List<List<String>> pairs = corridorPairs();
    long flowCapacity = pairs.size() * (long) (LAST_YEAR - FIRST_YEAR + 1);
    corridorCosts(pairs, Math.max(remaining * 2 / 3, remaining - flowCapacity));
    bilateralFlows(pairs);
    if (remaining > 0) {
      throw new IllegalArgumentException(
          "the generated table holds at most " + (rows - remaining) + " rows; asked for " + rows);
    }
  }

  /** Rows of 17.3.2 for one more year, every country: a small new version of the table. */
  void nextYear(int year) {
    remaining = Long.MAX_VALUE;
    annual("17.3.2", List.of(year), NO_BREAKDOWN, "World Bank WDI");
  }

  private void annual(
      String code, List<Integer> years, List<Map<String, String>> breakdowns, String source) {
    Indicator indicator = catalogue.require(code);
    for (String country : countries) {
      double level = 1 + random.nextDouble() * 99;
      for (int year : years) {
        for (Map<String, String> breakdown : breakdowns) {
          emit(
              countryRow(indicator, country, Integer.toString(year), year, source, level)
                  .with("series", code),
              breakdown);
        }
      }
    }
    if (indicator.aggregation() == AggregationMethod.NOT_AGGREGABLE) {
      return;
    }
    for (AreaGroup group : groups) {
      double level = 1 + random.nextDouble() * 99;
      for (int year : years) {
        for (Map<String, String> breakdown : breakdowns) {
          emit(aggregateRow(indicator, group, year, source, level), breakdown);
        }
      }
    }
  }

  /**
   * 10.c.1 per corridor (area = the receiving country): the mean cost of sending 200 and 500 USD,
   * per quarter and per year.
   */
  private void corridorCosts(List<List<String>> pairs, long budget) {
    Indicator indicator = catalogue.require("10.c.1");
    long stop = remaining - Math.min(budget, remaining);
    for (List<String> pair : pairs) {
      double level = 2 + random.nextDouble() * 12;
      for (String series : CORRIDOR_SERIES) {
        for (int year = FIRST_CORRIDOR_YEAR; year <= LAST_YEAR; year++) {
          for (int quarter = 1; quarter <= 4; quarter++) {
            if (remaining == stop) {
              return;
            }
            emitCorridor(indicator, series, pair, year + "-Q" + quarter, year, level);
          }
          if (remaining == stop) {
            return;
          }
          emitCorridor(indicator, series, pair, Integer.toString(year), year, level);
        }
      }
    }
  }

  /** GCM20 per corridor: remittances sent from origin to destination per year, in USD. */
  private void bilateralFlows(List<List<String>> pairs) {
    Indicator indicator = catalogue.require("GCM20.BILATERAL_REMITTANCES");
    for (List<String> pair : pairs) {
      double level = random.nextDouble() * 5e9;
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        if (remaining == 0) {
          return;
        }
        emitCorridor(indicator, indicator.code(), pair, Integer.toString(year), year, level);
      }
    }
  }

  private void emitCorridor(
      Indicator indicator,
      String series,
      List<String> pair,
      String period,
      int year,
      double level) {
    String source = indicator.code().equals("10.c.1") ? "World Bank RPW" : "KNOMAD";
    emit(
        countryRow(indicator, pair.get(1), period, year, source, level)
            .with("series", series)
            .with("origin", pair.get(0))
            .with("destination", pair.get(1)),
        Map.of());
  }

  private ObservationRow countryRow(
      Indicator indicator, String area, String period, int year, String source, double level) {
    return common(indicator, period, year, source, vary(level))
        .with("area", area)
        .with("area_kind", "COUNTRY")
        .with("nature", random.nextInt(10) == 0 ? "E" : "C")
        .with("aggregation_method", "NONE");
  }

  private ObservationRow aggregateRow(
      Indicator indicator, AreaGroup group, int year, String source, double level) {
    int members = group.members().size();
    int withData = members == 0 ? 0 : 1 + random.nextInt(members);
    double denominator = 1e9 + random.nextDouble() * 1e12;
    double value = vary(level);
    return common(indicator, Integer.toString(year), year, source, value)
        .with("series", indicator.code())
        .with("area", group.code())
        .with("area_kind", "AGGREGATE")
        .with("nature", "G")
        .with("aggregation_method", indicator.aggregation().name())
        .with("numerator", value * denominator / 100)
        .with("denominator", denominator)
        .with("countries_with_data", withData)
        .with("countries_in_group", members)
        .with("population_share", members == 0 ? 0.0 : (double) withData / members);
  }

  private double vary(double level) {
    return level * (0.8 + random.nextDouble() * 0.4);
  }

  private ObservationRow common(
      Indicator indicator, String period, int year, String source, double value) {
    return new ObservationRow()
        .with("indicator", indicator.code())
        .with("period", period)
        .with("year", year)
        .with("value", value)
        .with("unit", indicator.unit())
        .with("obs_status", random.nextInt(10) == 0 ? "E" : "A")
        .with(
            "footnote",
            random.nextInt(30) == 0 ? FOOTNOTES.get(random.nextInt(FOOTNOTES.size())) : null)
        .with("source", source)
        .with("_run_id", RUN_ID);
  }

  private void emit(ObservationRow row, Map<String, String> breakdown) {
    if (remaining == 0) {
      return;
    }
    breakdown.forEach(row::with);
    sink.accept(row.values());
    remaining--;
  }

  /** The leading corridors, then every other ordered pair of countries in a seeded order. */
  private List<List<String>> corridorPairs() {
    List<List<String>> others = new ArrayList<>();
    for (String origin : countries) {
      for (String destination : countries) {
        List<String> pair = List.of(origin, destination);
        if (!origin.equals(destination) && !LEADING_CORRIDORS.contains(pair)) {
          others.add(pair);
        }
      }
    }
    Collections.shuffle(others, random);
    List<List<String>> pairs = new ArrayList<>(LEADING_CORRIDORS);
    pairs.addAll(others);
    return pairs;
  }

  private static List<Integer> years(int first, int last) {
    return IntStream.rangeClosed(first, last).boxed().toList();
  }

  private static List<Map<String, String>> policyDomains() {
    List<Map<String, String>> domains = new ArrayList<>(NO_BREAKDOWN);
    IntStream.rangeClosed(1, 6)
        .forEach(d -> domains.add(Map.of("policy_domain", Integer.toString(d))));
    return domains;
  }

  private static List<Map<String, String>> bySexAndAge() {
    List<Map<String, String>> breakdowns = new ArrayList<>();
    for (Map<String, String> sex : BY_SEX) {
      for (String age : AGES) {
        breakdowns.add(Map.of("sex", sex.get("sex"), "age", age));
      }
    }
    return breakdowns;
  }
}
