package org.corridor.etl.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.etl.TestSpark;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.AuditTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed while Delta created a table leaves a log folder with no commit in it. */
class InterruptedTableCreationTest {
  @TempDir Path temp;

  @Test
  void aLogFolderWithoutACommitIsReplacedByTheTableItsSpecDescribes() throws IOException {
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.toString());
    Path table = temp.resolve(AuditTables.ETL_RUN.relativePath());
    Files.createDirectories(table.resolve("_delta_log"));
    assertThat(warehouse.exists(AuditTables.ETL_RUN)).isFalse();

    warehouse.ensure(AuditTables.ETL_RUN);

    assertThat(warehouse.exists(AuditTables.ETL_RUN)).isTrue();
    assertThat(warehouse.read(AuditTables.ETL_RUN).count()).isZero();
    assertThat(warehouse.read(AuditTables.ETL_RUN).columns())
        .containsExactly(SparkSchemas.of(AuditTables.ETL_RUN).fieldNames());
  }
}
