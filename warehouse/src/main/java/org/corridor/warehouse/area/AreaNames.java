package org.corridor.warehouse.area;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.warehouse.reference.CodeListFile;

/**
 * Resolves the country names a publisher writes instead of codes (KNOMAD matrices, IOM incident
 * records, ILOSTAT label files) to ISO3 codes. Every country's M49 name is known; each publisher
 * adds its own spellings ("Egypt, Arab Rep.", "Türkiye") in {@code names/<publisher>.csv}, where an
 * empty {@code iso3} marks a name the publisher uses for something that is not a country (a region,
 * "World", "Unknown"). Names are compared without regard to case, accents' encoding or spacing.
 */
public final class AreaNames {
  static final String[] COLUMNS = {"name", "iso3"};

  /** Publishers that write names, each with its own list of spellings. */
  public enum Publisher {
    WORLD_BANK("world-bank"),
    IOM("iom"),
    ILO("ilo"),
    UNHCR("unhcr");

    private final String file;

    Publisher(String file) {
      this.file = file;
    }

    String resource() {
      return "names/" + file + ".csv";
    }
  }

  private final Map<String, String> countries;
  private final Set<String> notCountries;

  private AreaNames(Map<String, String> countries, Set<String> notCountries) {
    this.countries = Map.copyOf(countries);
    this.notCountries = Set.copyOf(notCountries);
  }

  /** The M49 names of the shipped code list and the publisher's own spellings. */
  public static AreaNames of(Publisher publisher) {
    Areas areas = Areas.load();
    return from(areas, CodeListFile.resource(AreaNames.class, publisher.resource(), COLUMNS));
  }

  static AreaNames from(Areas areas, CodeListFile spellings) {
    Map<String, String> countries = new HashMap<>();
    areas.countries().forEach(country -> countries.put(key(country.name()), country.iso3()));
    Set<String> notCountries = new HashSet<>();
    Set<String> listed = new HashSet<>();
    for (CodeListFile.Row row : spellings.rows()) {
      String name = row.required("name");
      if (!listed.add(key(name))) {
        throw row.invalid("the name " + name + " is listed twice");
      }
      Optional<String> iso3 = row.optional("iso3");
      if (iso3.isEmpty()) {
        notCountries.add(key(name));
      } else if (areas.country(iso3.get()).isEmpty()) {
        throw row.invalid(iso3.get() + " (for " + name + ") is not a country of the code list");
      } else {
        countries.put(key(name), iso3.get());
      }
    }
    return new AreaNames(countries, notCountries);
  }

  /** The ISO3 code of the country a name stands for, if it is a country the lists know. */
  public Optional<String> iso3(String name) {
    return Optional.ofNullable(countries.get(key(name)));
  }

  /** Whether the publisher uses the name for an aggregate or an unknown area, not a country. */
  public boolean isNotACountry(String name) {
    return notCountries.contains(key(name));
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
