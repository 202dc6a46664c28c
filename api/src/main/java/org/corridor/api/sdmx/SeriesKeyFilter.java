package org.corridor.api.sdmx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.api.problem.ApiErrors;

/**
 * The key of an SDMX 1.x data query: {@code all}, or one position per key dimension separated by
 * dots, each empty (any value) or codes joined by {@code +} (any of them). {@code *} is read as an
 * empty position, as SDMX 3 writes it.
 */
record SeriesKeyFilter(List<Set<String>> positions) {
  static final SeriesKeyFilter ALL =
      new SeriesKeyFilter(
          MigrationDataflow.KEY_DIMENSIONS.stream().map(d -> Set.<String>of()).toList());

  static SeriesKeyFilter parse(String key) {
    if (key == null || key.equals("all") || key.isEmpty()) {
      return ALL;
    }
    String[] parts = key.split("\\.", -1);
    int expected = MigrationDataflow.KEY_DIMENSIONS.size();
    if (parts.length != expected) {
      throw ApiErrors.malformedParameter(
          "key",
          key,
          "all, or "
              + expected
              + " dot-separated positions ("
              + dimensionNames()
              + "), not "
              + parts.length);
    }
    List<Set<String>> positions = new ArrayList<>(expected);
    for (String part : parts) {
      positions.add(codes(key, part));
    }
    return new SeriesKeyFilter(List.copyOf(positions));
  }

  /** The codes one key dimension may take; empty when any value matches. */
  Set<String> codesAt(int position) {
    return positions.get(position);
  }

  private static Set<String> codes(String key, String part) {
    if (part.isEmpty() || part.equals("*")) {
      return Set.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : part.split("\\+", -1)) {
      if (!SdmxIds.isId(code)) {
        throw ApiErrors.malformedParameter(
            "key", key, "codes of letters, digits, _, @, $ or - joined by +, not '" + code + "'");
      }
      codes.add(code);
    }
    return Set.copyOf(codes);
  }

  private static String dimensionNames() {
    return String.join(".", MigrationDataflow.KEY_DIMENSIONS.stream().map(Component::id).toList());
  }
}
