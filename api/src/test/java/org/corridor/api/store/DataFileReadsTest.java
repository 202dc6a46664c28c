package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.kernel.defaults.engine.DefaultEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.corridor.api.config.CorridorProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table of many data files, one per indicator, read by several threads at once. */
class DataFileReadsTest {
  private static final int INDICATORS = 12;
  private static final int ROWS_PER_INDICATOR = 250;

  @TempDir Path warehouse;

  @Test
  void everyRowOfEveryFileIsLoadedOnce() throws IOException {
    GoldTableFixture.in(warehouse).create(rows());

    TableSnapshot snapshot = read();

    assertThat(snapshot.rowCount()).isEqualTo(INDICATORS * ROWS_PER_INDICATOR);
    for (int indicator = 0; indicator < INDICATORS; indicator++) {
      RowRange range = snapshot.rowsWithLeading("ind." + indicator);
      assertThat(range.size()).isEqualTo(ROWS_PER_INDICATOR);
      double sum = 0;
      for (int row = range.start(); row < range.end(); row++) {
        sum += snapshot.doubles("value").doubleValue(row);
      }
      // Values 0 to 249 in each indicator.
      assertThat(sum).isEqualTo(249 * 250 / 2.0);
    }
  }

  @Test
  void aDataFileThatCannotBeReadFailsTheLoadInsteadOfHangingIt() throws IOException {
    GoldTableFixture.in(warehouse).create(rows());
    Path broken;
    try (Stream<Path> files = Files.walk(warehouse)) {
      broken = files.filter(file -> file.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    Files.writeString(broken, "not parquet");

    assertThatThrownBy(this::read).hasStackTraceContaining(broken.getFileName().toString());
  }

  private static List<GoldRow> rows() {
    List<GoldRow> rows = new ArrayList<>();
    for (int indicator = 0; indicator < INDICATORS; indicator++) {
      for (int row = 0; row < ROWS_PER_INDICATOR; row++) {
        rows.add(GoldRow.of("ind." + indicator, "A" + row, "2010", row));
      }
    }
    return rows;
  }

  private TableSnapshot read() throws IOException {
    GoldTableReader reader =
        new GoldTableReader(
            DefaultEngine.create(new Configuration()),
            new CorridorProperties(warehouse.toString(), Duration.ofSeconds(5)));
    return reader.read(
        ObservationSnapshot.TABLE, reader.latest(ObservationSnapshot.TABLE).orElseThrow());
  }
}
