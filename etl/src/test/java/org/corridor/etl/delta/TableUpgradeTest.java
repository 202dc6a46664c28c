package org.corridor.etl.delta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corridor.etl.TestSpark;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.AuditTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warehouse written by an earlier Corridor, whose specs had fewer columns, keeps working. */
class TableUpgradeTest {
  @TempDir Path temp;

  @Test
  void aTableLackingAColumnItsSpecGainedReadsWithItAndItsEarlierRowsHoldNull() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.toString());
    StructType before = without(SparkSchemas.of(AuditTables.ETL_RUN), "model_version");
    Timestamp at = Timestamp.valueOf("2026-01-05 10:00:00");
    warehouse
        .spark()
        .createDataFrame(
            List.of(RowFactory.create("r1", "run data", at, at, "SUCCEEDED", null)), before)
        .write()
        .format("delta")
        .save(warehouse.location(AuditTables.ETL_RUN));

    List<Row> rows = warehouse.read(AuditTables.ETL_RUN).collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getAs("run_id")).isEqualTo("r1");
    assertThat(rows.get(0).<String>getAs("model_version")).isNull();
    assertThat(warehouse.read(AuditTables.ETL_RUN).columns())
        .containsExactly(SparkSchemas.of(AuditTables.ETL_RUN).fieldNames());
  }

  @Test
  void aColumnWhoseTypeChangedStopsWithTheTableAndColumnNamed() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), temp.toString());
    StructType retyped =
        new StructType(
            Arrays.stream(SparkSchemas.of(AuditTables.ETL_RUN).fields())
                .map(
                    f ->
                        f.name().equals("status")
                            ? DataTypes.createStructField("status", DataTypes.IntegerType, true)
                            : f)
                .toArray(StructField[]::new));
    warehouse
        .spark()
        .createDataFrame(List.<Row>of(), retyped)
        .write()
        .format("delta")
        .save(warehouse.location(AuditTables.ETL_RUN));

    assertThatThrownBy(() -> warehouse.ensure(AuditTables.ETL_RUN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("audit.etl_run.status is INT in the warehouse but STRING");
  }

  private static StructType without(StructType schema, String column) {
    return new StructType(
        Arrays.stream(schema.fields())
            .filter(f -> !f.name().equals(column))
            .toArray(StructField[]::new));
  }
}
