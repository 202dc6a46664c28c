package org.corridor.etl.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.etl.source.wdi.WdiSeries;

/**
 * Orders WDI files into load rounds holding at most one file per series. A folder may hold two
 * releases of one series; loading the older first and the newer in a later round lets the newer
 * release replace the older's rows, as a corrected re-publication should.
 */
final class WdiRounds {
  private WdiRounds() {}

  static List<List<ParsedWdiFile>> of(List<ParsedWdiFile> files) {
    Map<WdiSeries, List<ParsedWdiFile>> bySeries = new LinkedHashMap<>();
    for (ParsedWdiFile file : files) {
      bySeries.computeIfAbsent(file.content().series(), s -> new ArrayList<>()).add(file);
    }
    Comparator<ParsedWdiFile> oldestFirst =
        Comparator.comparing((ParsedWdiFile f) -> f.content().lastUpdated())
            .thenComparing(f -> f.file().name());
    List<List<ParsedWdiFile>> rounds = new ArrayList<>();
    for (List<ParsedWdiFile> releases : bySeries.values()) {
      releases.sort(oldestFirst);
      for (int i = 0; i < releases.size(); i++) {
        if (rounds.size() <= i) {
          rounds.add(new ArrayList<>());
        }
        rounds.get(i).add(releases.get(i));
      }
    }
    return rounds;
  }
}
