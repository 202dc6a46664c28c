package org.corridor.etl.source.mmp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.warehouse.area.AreaNames;

/**
 * Resolves the "Country of Origin" cells of Missing Migrants records: one or several country names
 * separated by commas. Some names contain a comma themselves ("China, Hong Kong Special
 * Administrative Region"), so at each point the longest run of comma-separated parts that names a
 * country, or a known non-country such as "Unknown" or "Mixed", is taken before a shorter one.
 */
public final class OriginNames {
  private final AreaNames names;

  public OriginNames(AreaNames names) {
    this.names = requireNonNull(names, "names is null");
  }

  /** The countries a cell names, and the parts that name neither a country nor a non-country. */
  public record Origins(List<String> iso3, List<String> unmatched) {
    public Origins {
      iso3 = List.copyOf(iso3);
      unmatched = List.copyOf(unmatched);
    }
  }

  public Origins resolve(String cell) {
    String[] parts = cell.split(",");
    Set<String> iso3 = new LinkedHashSet<>();
    List<String> unmatched = new ArrayList<>();
    int start = 0;
    while (start < parts.length) {
      int end = longestKnownRun(parts, start);
      if (end < 0) {
        String part = parts[start].strip();
        if (!part.isEmpty()) {
          unmatched.add(part);
        }
        start++;
      } else {
        names.iso3(join(parts, start, end)).ifPresent(iso3::add);
        start = end;
      }
    }
    return new Origins(List.copyOf(iso3), unmatched);
  }

  /** The end (exclusive) of the longest run of parts from {@code start} that is a known name. */
  private int longestKnownRun(String[] parts, int start) {
    for (int end = parts.length; end > start; end--) {
      String candidate = join(parts, start, end);
      if (names.iso3(candidate).isPresent() || names.isNotACountry(candidate)) {
        return end;
      }
    }
    return -1;
  }

  private static String join(String[] parts, int start, int end) {
    return String.join(",", Arrays.asList(parts).subList(start, end)).strip();
  }
}
