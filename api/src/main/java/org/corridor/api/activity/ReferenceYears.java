package org.corridor.api.activity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.api.store.IntegerListColumn;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;

/**
 * The year each source of an activity table stands for, as the gold job's {@code ActivityYears}
 * counts undated records: the latest year the source's name or any of its records names (a
 * secretariat's "activity report 2025" is 2025; the RCP annex, whose name has no year, is the
 * latest year its activities mention). A source naming no year at all has none.
 */
final class ReferenceYears {
  /** Four-digit years 1900-2099 standing alone in a source's name, as the ETL reads them. */
  private static final Pattern YEAR_IN_NAME =
      Pattern.compile("(?<![0-9A-Za-z_])((19|20)[0-9]{2})(?![0-9A-Za-z_])");

  private final Map<String, Integer> bySource;

  private ReferenceYears(Map<String, Integer> bySource) {
    this.bySource = bySource;
  }

  /**
   * The reference years of the sources of a table with columns {@code source} and {@code years}.
   */
  static ReferenceYears of(TableSnapshot records) {
    TextColumn sources = records.text("source");
    IntegerListColumn years = records.integerLists("years");
    Map<String, Integer> bySource = new HashMap<>();
    for (int row = 0; row < records.rowCount(); row++) {
      String source = sources.value(row);
      yearInName(source).ifPresent(year -> bySource.merge(source, year, Math::max));
      if (years.length(row) > 0) {
        bySource.merge(source, years.max(row), Math::max);
      }
    }
    return new ReferenceYears(bySource);
  }

  /** The first standalone year in a name, as Spark's {@code regexp_extract} finds it. */
  private static Optional<Integer> yearInName(String source) {
    Matcher matcher = YEAR_IN_NAME.matcher(source);
    return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
  }

  /** A source's reference year, empty if it names none. */
  Optional<Integer> of(String source) {
    return Optional.ofNullable(bySource.get(source));
  }
}
