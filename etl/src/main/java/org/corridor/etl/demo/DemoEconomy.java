package org.corridor.etl.demo;

import java.util.Random;
import org.corridor.warehouse.area.Area;

/**
 * One country's simulated path through 2000-2024: population, GDP and remittances received, with
 * magnitudes typical of its income group. Deterministic: the same seed and country always give the
 * same numbers.
 */
final class DemoEconomy {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2024;

  private final double[] population = new double[LAST_YEAR - FIRST_YEAR + 1];
  private final double[] gdp = new double[population.length];
  private final double[] remittances = new double[population.length];
  private final boolean reportsRemittances;

  DemoEconomy(Area area, long seed) {
    // String.hashCode is specified by the JLS, so the stream is the same on every JVM.
    Random random = new Random(seed * 31 + area.iso3().hashCode());
    String income = area.incomeGroup().orElse("");
    double people = clamp(Math.exp(Math.log(5e6) + 1.6 * random.nextGaussian()), 1e4, 1.4e9);
    double perCapita = gdpPerCapita2000(income) * Math.exp(0.3 * random.nextGaussian());
    double share = remittanceShare(income) * Math.exp(0.8 * random.nextGaussian());
    double populationGrowth = 0.025 * random.nextDouble();
    double trendGrowth = 0.01 + 0.04 * random.nextDouble();
    reportsRemittances = random.nextDouble() > 0.1;
    for (int i = 0; i < population.length; i++) {
      population[i] = Math.round(people);
      gdp[i] = people * perCapita;
      remittances[i] = gdp[i] * Math.min(share, 0.35);
      people *= 1 + populationGrowth;
      perCapita *= 1 + trendGrowth + 0.03 * random.nextGaussian();
      share *= Math.exp(0.08 * random.nextGaussian());
    }
  }

  static int years() {
    return LAST_YEAR - FIRST_YEAR + 1;
  }

  double population(int year) {
    return population[year - FIRST_YEAR];
  }

  double gdp(int year) {
    return gdp[year - FIRST_YEAR];
  }

  /** Remittances received, or NaN where the country does not report them. */
  double remittances(int year) {
    return reportsRemittances ? remittances[year - FIRST_YEAR] : Double.NaN;
  }

  /**
   * WDI's own ratio, as the publisher would compute it from the same two figures; NaN where there
   * are no remittances.
   */
  double remittancesShareOfGdp(int year) {
    return remittances(year) / gdp(year) * 100;
  }

  private static double gdpPerCapita2000(String income) {
    return switch (income) {
      case "HIC" -> 28_000;
      case "UMC" -> 4_500;
      case "LMC" -> 1_100;
      case "LIC" -> 380;
      default -> 3_000;
    };
  }

  /** Remittances as a share of GDP around 2000, by income group (World Bank orders of size). */
  private static double remittanceShare(String income) {
    return switch (income) {
      case "HIC" -> 0.004;
      case "UMC" -> 0.02;
      case "LMC" -> 0.05;
      case "LIC" -> 0.045;
      default -> 0.01;
    };
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
