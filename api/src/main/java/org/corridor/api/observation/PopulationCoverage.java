package org.corridor.api.observation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.IntegerColumn;
import org.corridor.api.store.RowRange;
import org.corridor.api.store.TableSnapshot;
import org.corridor.warehouse.table.SilverTables;

/**
 * The share of a set of countries' population living in the countries with data, from {@code
 * silver.population} as the ETL computes it for the named groups: persons in the countries with
 * data over persons in all the countries, in the same year, counting only countries whose
 * population that year is known.
 */
final class PopulationCoverage {
  private final TableSnapshot population;
  private final Collection<String> group;
  private final Map<String, Double> personsByCountryYear = new HashMap<>();
  private final Map<Integer, Double> groupPersonsByYear = new HashMap<>();

  /**
   * @param population a snapshot of {@code silver.population}
   * @param group every country aggregated over
   */
  PopulationCoverage(TableSnapshot population, Collection<String> group) {
    if (!population.table().equals(SilverTables.POPULATION)) {
      throw new IllegalArgumentException(population.table().qualifiedName() + " is not population");
    }
    this.population = population;
    this.group = group;
  }

  /** The share in a year, or empty when no country of the group has a population for it. */
  OptionalDouble share(Collection<String> withData, int year) {
    double groupPersons = groupPersonsByYear.computeIfAbsent(year, y -> persons(group, y));
    if (groupPersons <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(persons(withData, year) / groupPersons);
  }

  private double persons(Collection<String> countries, int year) {
    double total = 0;
    for (String country : countries) {
      total += persons(country, year);
    }
    return total;
  }

  private double persons(String country, int year) {
    return personsByCountryYear.computeIfAbsent(country + " " + year, key -> read(country, year));
  }

  /** A country's persons in a year; rows are sorted by area, so its rows are one range. */
  private double read(String country, int year) {
    RowRange rows = population.rowsWithLeading(country);
    IntegerColumn years = population.integers("year");
    DoubleColumn persons = population.doubles("persons");
    for (int row = rows.start(); row < rows.end(); row++) {
      if (!years.isNull(row) && years.intValue(row) == year && !persons.isNull(row)) {
        return persons.doubleValue(row);
      }
    }
    return 0;
  }
}
