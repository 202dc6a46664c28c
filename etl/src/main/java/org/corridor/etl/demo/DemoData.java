package org.corridor.etl.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.area.PublisherAggregate;

/**
 * Generates Corridor's demo inputs: WDI bulk CSVs of personal remittances received, GDP, population
 * and WDI's own remittances as a share of GDP for every country in the code list, 2000-2024, with
 * the publisher's own aggregate rows and a country metadata file; KNOMAD bilateral remittance and
 * migrant stock matrices for 20 of them; files in Corridor's own layouts for recruitment costs,
 * assisted returns, migration policies and programme results, with the custom indicators a
 * secretariat defines over them; and one file in each other source's layout. Deliberately bad lines
 * and cells (an unknown country code, negative values, a text cell, one per layout) show the
 * quarantine at work. The same seed always writes the same bytes.
 */
public final class DemoData {
  public static final long DEFAULT_SEED = 2030;
  static final String REMITTANCES_FILE = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_demo.csv";
  static final String GDP_FILE = "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_demo.csv";
  static final String POPULATION_FILE = "API_SP.POP.TOTL_DS2_en_csv_v2_demo.csv";
  static final String SHARE_OF_GDP_FILE = "API_BX.TRF.PWKR.DT.GD.ZS_DS2_en_csv_v2_demo.csv";
  static final String METADATA_FILE =
      "Metadata_Country_API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_demo.csv";

  private final Areas areas;
  private final long seed;
  private final double recordScale;

  public DemoData(Areas areas, long seed) {
    this(areas, seed, 1);
  }

  /**
   * Demo data whose record-level sources (survey workers, migrant incidents), the ones whose size
   * no code list bounds, hold {@code recordScale} times their usual rows, for load tests.
   */
  public DemoData(Areas areas, long seed, double recordScale) {
    this.areas = areas;
    this.seed = seed;
    this.recordScale = recordScale;
  }

  /** How many service rows the demo's RPW CSV holds: the yardstick of {@code recordScale}. */
  public static long serviceCsvRows() {
    return RpwDemoWriter.serviceCsvRows();
  }

  /** Writes the demo files into {@code folder} and returns their paths. */
  public List<Path> writeTo(Path folder) {
    try {
      Files.createDirectories(folder);
      Map<Area, DemoEconomy> economies = new LinkedHashMap<>();
      areas.countries().forEach(area -> economies.put(area, new DemoEconomy(area, seed)));

      List<WdiDemoWriter.Line> remittances = lines(economies, DemoEconomy::remittances);
      remittances.add(badLine("Demo Unknown Territory", "ZZZ", 2010, 1.5e6));
      plantNegativeValue(remittances, "NRU", 2003);
      WdiDemoWriter.writeSeries(
          folder.resolve(REMITTANCES_FILE),
          "Personal remittances, received (current US$)",
          "BX.TRF.PWKR.CD.DT",
          DemoEconomy.LAST_YEAR,
          remittances);
      WdiDemoWriter.writeSeries(
          folder.resolve(GDP_FILE),
          "GDP (current US$)",
          "NY.GDP.MKTP.CD",
          DemoEconomy.LAST_YEAR,
          lines(economies, DemoEconomy::gdp));
      WdiDemoWriter.writeSeries(
          folder.resolve(POPULATION_FILE),
          "Population, total",
          "SP.POP.TOTL",
          DemoEconomy.LAST_YEAR,
          lines(economies, DemoEconomy::population));
      WdiDemoWriter.writeSeries(
          folder.resolve(SHARE_OF_GDP_FILE),
          "Personal remittances, received (% of GDP)",
          "BX.TRF.PWKR.DT.GD.ZS",
          DemoEconomy.LAST_YEAR,
          countryLines(economies, DemoEconomy::remittancesShareOfGdp));
      WdiDemoWriter.writeCountryMetadata(folder.resolve(METADATA_FILE), metadata());
      List<Path> written =
          new ArrayList<>(
              List.of(
                  folder.resolve(REMITTANCES_FILE),
                  folder.resolve(GDP_FILE),
                  folder.resolve(POPULATION_FILE),
                  folder.resolve(SHARE_OF_GDP_FILE),
                  folder.resolve(METADATA_FILE)));
      written.add(IlostatDemoWriter.writeTo(folder, seed));
      written.add(
          MissingMigrantsDemoWriter.writeTo(
              folder, seed, scaled(MissingMigrantsDemoWriter.INCIDENTS_PER_YEAR)));
      written.addAll(KnomadDemoWriter.writeTo(folder, seed));
      written.addAll(ActivitiesDemoWriter.write(folder));
      written.add(
          new RecruitmentCostDemoWriter(
                  seed, scaled(RecruitmentCostDemoWriter.WORKERS_PER_CORRIDOR))
              .writeTo(folder));
      written.add(new AssistedReturnDemoWriter(seed).writeTo(folder));
      written.add(new MigrationPolicyDemoWriter(seed).writeTo(folder));
      written.addAll(new RpwDemoWriter(areas, seed).writeTo(folder));
      written.addAll(new CustomIndicatorDemoWriter(seed).writeTo(folder));
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write demo data to " + folder, e);
    }
  }

  private int scaled(int rows) {
    return Math.toIntExact(Math.max(1, Math.round(rows * recordScale)));
  }

  /**
   * Country lines, then the publisher's aggregates Corridor can reproduce (World, income groups).
   */
  private List<WdiDemoWriter.Line> lines(
      Map<Area, DemoEconomy> economies, ToDoubleBiFunction<DemoEconomy, Integer> series) {
    List<WdiDemoWriter.Line> lines = countryLines(economies, series);
    for (PublisherAggregate aggregate : areas.wdiAggregates()) {
      aggregate
          .area()
          .flatMap(areas::group)
          .ifPresent(group -> lines.add(aggregateLine(aggregate, group, economies, series)));
    }
    return lines;
  }

  /** Country lines only: a ratio's aggregates are not sums of its country values. */
  private static List<WdiDemoWriter.Line> countryLines(
      Map<Area, DemoEconomy> economies, ToDoubleBiFunction<DemoEconomy, Integer> series) {
    List<WdiDemoWriter.Line> lines = new ArrayList<>();
    economies.forEach(
        (area, economy) ->
            lines.add(new WdiDemoWriter.Line(area.name(), area.iso3(), values(economy, series))));
    return lines;
  }

  private static Map<Integer, Double> values(
      DemoEconomy economy, ToDoubleBiFunction<DemoEconomy, Integer> series) {
    Map<Integer, Double> values = new LinkedHashMap<>();
    for (int year = DemoEconomy.FIRST_YEAR; year <= DemoEconomy.LAST_YEAR; year++) {
      values.put(year, series.applyAsDouble(economy, year));
    }
    return values;
  }

  private WdiDemoWriter.Line aggregateLine(
      PublisherAggregate aggregate,
      AreaGroup group,
      Map<Area, DemoEconomy> economies,
      ToDoubleBiFunction<DemoEconomy, Integer> series) {
    Map<Integer, Double> sums = new LinkedHashMap<>();
    for (int year = DemoEconomy.FIRST_YEAR; year <= DemoEconomy.LAST_YEAR; year++) {
      double sum = 0;
      for (Map.Entry<Area, DemoEconomy> entry : economies.entrySet()) {
        if (group.members().contains(entry.getKey().iso3())) {
          double value = series.applyAsDouble(entry.getValue(), year);
          sum += Double.isNaN(value) ? 0 : value;
        }
      }
      sums.put(year, sum);
    }
    return new WdiDemoWriter.Line(aggregate.name(), aggregate.publisherCode(), sums);
  }

  /** Turns one real cell negative: remittances cannot be, so the cell must go to quarantine. */
  private static void plantNegativeValue(List<WdiDemoWriter.Line> lines, String code, int year) {
    lines.stream()
        .filter(line -> line.code().equals(code))
        .forEach(line -> line.values().put(year, -42.0));
  }

  private static WdiDemoWriter.Line badLine(String name, String code, int year, double value) {
    return new WdiDemoWriter.Line(name, code, Map.of(year, value));
  }

  private List<List<String>> metadata() {
    List<List<String>> rows = new ArrayList<>();
    for (Area area : areas.countries()) {
      rows.add(
          List.of(
              area.iso3(),
              area.sdgRegion().flatMap(areas::group).map(AreaGroup::name).orElse(""),
              area.incomeGroup().map(DemoData::incomeLabel).orElse(""),
              "",
              area.name()));
    }
    for (PublisherAggregate aggregate : areas.wdiAggregates()) {
      rows.add(List.of(aggregate.publisherCode(), "", "", "", aggregate.name()));
    }
    return rows;
  }

  private static String incomeLabel(String code) {
    return switch (code) {
      case "HIC" -> "High income";
      case "UMC" -> "Upper middle income";
      case "LMC" -> "Lower middle income";
      case "LIC" -> "Low income";
      default -> "";
    };
  }
}
