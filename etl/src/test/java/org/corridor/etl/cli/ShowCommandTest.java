package org.corridor.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.TestSpark;
import org.corridor.etl.delta.ObservationRows;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
  @TempDir Path temp;

  @Test
  void csvHasTheSpecsColumnsAndOneLineARowInKeyOrderQuotingCommasAndQuotes() {
    String location = temp.resolve("warehouse").toString();
    Warehouse warehouse = new Warehouse(TestSpark.session(), location);
    Timestamp at = Timestamp.from(Instant.parse("2026-11-23T10:00:00Z"));
    warehouse.merge(
        SilverTables.QUARANTINE,
        warehouse
            .spark()
            .createDataFrame(
                List.of(
                    quarantined(7, "\"XYZ\",2020,5", "UNKNOWN_AREA_CODE: XYZ", at),
                    quarantined(3, "SLV,20x0,5", "BAD_PERIOD: 20x0; NON_NUMERIC_VALUE: x", at)),
                SparkSchemas.of(SilverTables.QUARANTINE)),
        Scope.wholeTable());

    CliRun csv = CliRun.on(location, "show", "silver.quarantine", "--format", "csv");

    assertThat(csv.exitCode()).isZero();
    assertThat(csv.output().lines())
        .containsExactly(
            "source,target_table,_source_file,_source_checksum,_source_row,source_column,"
                + "raw_record,reasons,_run_id,quarantined_at",
            "wdi,silver.gdp,gdp.csv,abc,3,,\"SLV,20x0,5\","
                + "BAD_PERIOD: 20x0; NON_NUMERIC_VALUE: x,run-1,2026-11-23 10:00:00",
            "wdi,silver.gdp,gdp.csv,abc,7,,\"\"\"XYZ\"\",2020,5\","
                + "UNKNOWN_AREA_CODE: XYZ,run-1,2026-11-23 10:00:00");
  }

  @Test
  void whereKeepsTheRowsMeetingTheConditionAndLimitCutsTheTable() {
    String location = temp.resolve("warehouse").toString();
    new ObservationRows()
        .add("SLV", 2020, null, 10.0)
        .add("GTM", 2021, null, 6.0)
        .add("GTM", 2020, "F", 5.0)
        .write(new Warehouse(TestSpark.session(), location), "run-1");

    CliRun csv =
        CliRun.on(
            location,
            "show",
            "gold.indicator_observation",
            "--where",
            "area = 'GTM'",
            "--format",
            "csv");

    List<String> lines = csv.output().lines().toList();
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(lines).hasSize(3);
    assertThat(lines.subList(1, 3))
        .extracting(line -> line.split(",", -1))
        .extracting(
            fields -> fields[header.indexOf("area")],
            fields -> fields[header.indexOf("period")],
            fields -> fields[header.indexOf("sex")],
            fields -> fields[header.indexOf("value")])
        .containsExactly(tuple("GTM", "2020", "F", "5.0"), tuple("GTM", "2021", "", "6.0"));

    CliRun table = CliRun.on(location, "show", "gold.indicator_observation", "--limit", "2");
    assertThat(table.exitCode()).isZero();
    assertThat(table.output().lines()).hasSize(4);
    assertThat(table.output())
        .containsPattern("indicator\\s+series\\s+area")
        .containsPattern("17.3.2\\s+17.3.2\\s+GTM\\s+COUNTRY\\s+2020")
        .doesNotContain("SLV")
        .contains("... more rows: --limit N shows more, --format csv all");
  }

  @Test
  void aConditionOnAColumnTheTableLacksIsAUsageErrorNamingItsColumns() {
    String location = temp.resolve("warehouse").toString();
    new ObservationRows()
        .add("SLV", 2020, null, 10.0)
        .write(new Warehouse(TestSpark.session(), location), "run-1");

    CliRun result =
        CliRun.on(location, "show", "gold.indicator_observation", "--where", "region = 'X'");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errors())
        .contains("--where 'region = 'X'' is not a condition on gold.indicator_observation")
        .contains("columns: indicator, series, area");
    assertThat(CliRun.on(location, "show", "gold.nothing").errors())
        .contains("unknown table 'gold.nothing'");
  }

  @Test
  void aTableNoRunHasWrittenIsItsHeaderAsCsvAndSaidSoAsATable() {
    String location = temp.resolve("warehouse").toString();
    TestSpark.session();

    assertThat(CliRun.on(location, "show", "silver.gdp", "--format", "csv").output().lines())
        .containsExactly(
            "area,year,value_usd,series_code,_source_file,_source_checksum,"
                + "_source_row,_run_id");
    assertThat(CliRun.on(location, "show", "silver.gdp").output())
        .isEqualTo("silver.gdp has not been written yet." + System.lineSeparator());
  }

  private static Row quarantined(long row, String record, String reasons, Timestamp at) {
    return RowFactory.create(
        "wdi", "silver.gdp", "gdp.csv", "abc", row, "", record, reasons, "run-1", at);
  }
}
