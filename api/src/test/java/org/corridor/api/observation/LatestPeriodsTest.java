package org.corridor.api.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.RowRange;
import org.corridor.api.store.TestSnapshots;
import org.junit.jupiter.api.Test;

class LatestPeriodsTest {
  /** 2,000 corridors into MEX, from origins O0000 to O1999, each for 2019, 2020 and 2021. */
  private static final ObservationSnapshot CORRIDORS = corridors(2000);

  @Test
  void keepsTheNewestPeriodsOfEachSeriesInAscendingRowOrder() {
    RowRange cost = CORRIDORS.rowsOf("10.c.1");
    int[] all = rows(cost);

    int[] latest = LatestPeriods.keep(CORRIDORS, cost, all, 1);
    int[] twoLatest = LatestPeriods.keep(CORRIDORS, cost, all, 2);

    assertThat(latest).hasSize(2000).isSorted();
    assertThat(periods(latest)).containsOnly("2021");
    assertThat(twoLatest).hasSize(4000).isSorted();
    assertThat(periods(twoLatest)).containsOnly("2020", "2021");
  }

  @Test
  void fewRowsOverManySeriesAreCountedAlike() {
    RowRange cost = CORRIDORS.rowsOf("10.c.1");
    // The three rows of the first and of the last corridor: six rows over 2,000 series, too few
    // to count in an array as large as the series.
    List<Integer> picked = new ArrayList<>();
    for (int row = cost.start(); row < cost.end(); row++) {
      String origin = CORRIDORS.text("origin").value(row);
      if (origin.equals("O0000") || origin.equals("O1999")) {
        picked.add(row);
      }
    }

    int[] latest =
        LatestPeriods.keep(
            CORRIDORS, cost, picked.stream().mapToInt(Integer::intValue).toArray(), 2);

    assertThat(latest).hasSize(4).isSorted();
    // Rows are sorted by area, then period, then origin.
    assertThat(periods(latest)).containsExactly("2020", "2020", "2021", "2021");
  }

  private static List<String> periods(int[] rows) {
    return Arrays.stream(rows).mapToObj(row -> CORRIDORS.text("period").value(row)).toList();
  }

  private static int[] rows(RowRange range) {
    int[] rows = new int[range.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = range.start() + i;
    }
    return rows;
  }

  private static ObservationSnapshot corridors(int count) {
    List<GoldRow> rows = new ArrayList<>();
    for (int corridor = 0; corridor < count; corridor++) {
      for (String period : List.of("2019", "2020", "2021")) {
        rows.add(
            GoldRow.of("10.c.1", "MEX", period, corridor / 100.0)
                .with("origin", String.format("O%04d", corridor))
                .with("destination", "MEX"));
      }
    }
    return TestSnapshots.observations(rows);
  }
}
