package org.corridor.etl.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corridor.etl.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillingRowsTest {
  private static final StructType SCHEMA =
      new StructType().add("line", DataTypes.LongType).add("text", DataTypes.StringType);

  @TempDir Path temp;

  @Test
  void rowsBeyondAChunkAreStagedOnDiskAndReadBackWholeThenTheStagingIsDeleted() {
    Path staging = temp.resolve("staging");
    List<String> read;
    try (SpillingRows rows =
        new SpillingRows(TestSpark.session(), SCHEMA, staging.toUri().toString(), 3)) {
      for (long line = 1; line <= 7; line++) {
        rows.accept(RowFactory.create(line, "row " + line));
      }
      read = rows.dataset().orderBy("line").select("text").as(Encoders.STRING()).collectAsList();
      assertThat(rows.count()).isEqualTo(7);
      assertThat(staging).isDirectory();
    }
    assertThat(read).containsExactly("row 1", "row 2", "row 3", "row 4", "row 5", "row 6", "row 7");
    assertThat(staging).isEmptyDirectory();
  }

  @Test
  void fewRowsStayInMemoryAndTouchNoDisk() {
    Path staging = temp.resolve("unused");
    try (SpillingRows rows =
        new SpillingRows(TestSpark.session(), SCHEMA, staging.toUri().toString(), 3)) {
      rows.accept(RowFactory.create(1L, "only"));
      assertThat(rows.dataset().count()).isEqualTo(1);
    }
    assertThat(Files.exists(staging)).isFalse();
  }
}
