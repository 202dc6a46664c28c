package org.corridor.etl.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.TestSpark;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableMaintenanceTest {
  @TempDir Path temp;

  @Test
  void optimizeCompactsSmallFilesAndVacuumDeletesTheReplacedOnesWithoutLosingRows() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.toString());
    // Three runs, each writing its own year: small files in the unpartitioned table.
    for (int year = 2001; year <= 2003; year++) {
      warehouse.merge(SilverTables.GDP, gdp(warehouse, year), Scope.where("year", year));
    }
    TableMaintenance maintenance = new TableMaintenance(warehouse);

    TableMaintenance.Compaction compaction = maintenance.optimize(SilverTables.GDP);
    TableMaintenance.Vacuum vacuum = maintenance.vacuum(SilverTables.GDP, 0);

    // Each run wrote at least one file; compaction left one, and vacuum deleted the others.
    assertThat(compaction.filesRemoved()).isGreaterThanOrEqualTo(3);
    assertThat(compaction.filesAdded()).isEqualTo(1);
    assertThat(vacuum.filesBefore()).isEqualTo(compaction.filesRemoved() + compaction.filesAdded());
    assertThat(vacuum.filesAfter()).isEqualTo(1);
    assertThat(warehouse.read(SilverTables.GDP).count()).isEqualTo(6);
    assertThat(
            warehouse.spark().conf().get("spark.databricks.delta.retentionDurationCheck.enabled"))
        .isEqualTo("true");
  }

  private static Dataset<Row> gdp(Warehouse warehouse, int year) {
    List<Row> rows = new ArrayList<>();
    for (String area : List.of("SLV", "GTM")) {
      rows.add(RowFactory.create(area, year, 1e9, "NY.GDP.MKTP.CD", "f.csv", "c", 1L, "run"));
    }
    return warehouse.spark().createDataFrame(rows, SparkSchemas.of(SilverTables.GDP));
  }
}
