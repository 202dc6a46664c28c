package org.corridor.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.etl.TestSpark;
import org.corridor.etl.delta.ObservationRows;
import org.corridor.etl.delta.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VintageCommandTest {
  @TempDir Path temp;

  @Test
  void createListAndRevisionsBetweenTwoVintagesThatSurviveAVacuum() {
    String location = temp.resolve("warehouse").toString();
    Warehouse warehouse = new Warehouse(TestSpark.session(), location);
    new ObservationRows()
        .add("SLV", 2020, null, 10.0)
        .add("GTM", 2020, "F", 5.0)
        .add("GTM", 2021, null, 6.0)
        .write(warehouse, "run-1");

    CliRun first = CliRun.on(location, "vintage", "create", "gfmd-2024", "--note", "first release");
    assertThat(first.exitCode()).isZero();
    assertThat(first.output())
        .contains("Created vintage gfmd-2024")
        .containsPattern("gold.indicator_observation\\s+\\d+");

    new ObservationRows()
        .add("SLV", 2020, null, 10.5)
        .add("GTM", 2020, "F", 5.0)
        .add("HND", 2020, null, 7.0)
        .write(warehouse, "run-2");
    assertThat(CliRun.on(location, "vintage", "create", "gfmd-2025").exitCode()).isZero();

    CliRun again = CliRun.on(location, "vintage", "create", "gfmd-2025");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.errors()).contains("vintage 'gfmd-2025' already exists");

    CliRun list = CliRun.on(location, "vintage", "list");
    assertThat(list.output())
        .containsPattern("gfmd-2024\\s+\\S+\\s+gold.indicator_observation@\\d+")
        .contains("first release")
        .containsPattern("gfmd-2025\\s+\\S+\\s+gold.indicator_observation@\\d+");

    CliRun table = CliRun.on(location, "vintage", "revisions", "gfmd-2024", "gfmd-2025");
    assertThat(table.output())
        .contains(
            "Revisions of gold.indicator_observation from gfmd-2024 to gfmd-2025: 1 added,"
                + " 1 changed, 1 withdrawn")
        .containsPattern("CHANGED\\s+17.3.2\\s+17.3.2\\s+SLV\\s+2020\\s+10.0\\s+10.5");

    CliRun csv =
        CliRun.on(location, "vintage", "revisions", "gfmd-2024", "gfmd-2025", "--format", "csv");
    assertThat(csv.output().lines())
        .containsExactly(
            "change,indicator,series,area,period,sex,age,origin,destination,provider_type,"
                + "policy_domain,old_value,new_value",
            "ADDED,17.3.2,17.3.2,HND,2020,,,,,,,,7.0",
            "CHANGED,17.3.2,17.3.2,SLV,2020,,,,,,,10.0,10.5",
            "WITHDRAWN,17.3.2,17.3.2,GTM,2021,,,,,,,6.0,");

    CliRun limited =
        CliRun.on(location, "vintage", "revisions", "gfmd-2024", "gfmd-2025", "--limit", "1");
    assertThat(limited.output()).containsPattern("ADDED\\s+17.3.2").contains("... and 2 more");

    CliRun vacuum =
        CliRun.on(
            location, "vacuum", "--table", "gold.indicator_observation", "--retain-hours", "0");
    assertThat(vacuum.exitCode()).isZero();
    assertThat(vacuum.output()).contains("so that vintage gfmd-2024 stays readable");
    assertThat(CliRun.on(location, "vintage", "revisions", "gfmd-2024", "gfmd-2025").output())
        .contains("1 added, 1 changed, 1 withdrawn");
  }

  @Test
  void anUnknownVintageIsAUsageErrorNamingTheVintagesThereAre() {
    String location = temp.resolve("warehouse").toString();
    new ObservationRows()
        .add("SLV", 2020, null, 10.0)
        .write(new Warehouse(TestSpark.session(), location), "run-1");
    assertThat(CliRun.on(location, "vintage", "create", "gfmd-2024").exitCode()).isZero();

    CliRun result = CliRun.on(location, "vintage", "revisions", "gfmd-2024", "gfmd-2023");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errors()).contains("unknown vintage 'gfmd-2023'; vintages are gfmd-2024");
    assertThat(CliRun.on(location, "vintage").exitCode()).isEqualTo(2);
  }
}
