package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDG 10.7.3 and 10.7.4, the two sums of persons, on hand-written records.
 *
 * <p>Incidents: 2023 Northern Africa (Libya) 3 dead 2 missing, Mediterranean (at sea) 10 and 40,
 * Northern Africa (Tunisia) 1 and 0, Central America (Mexico) 4 and 1; 2024 Western Asia (Türkiye)
 * 2 and 0.
 *
 * <p>Refugees in 2020: from Syria 3,600,000 in Türkiye and 600,000 in Germany (population 17.5
 * million); from Afghanistan 1,400,000 in Pakistan and 800,000 in Iran (38.9 million); from Eritrea
 * 500,000 in Ethiopia (no population figure). Türkiye's population: 84.3 million.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissingMigrantsAndRefugeesGoldTest {

  @Test
  void ratiosAreTheirComponentsTimesTheCatalogueScale() {
    GoldRows.assertRatiosFollowCatalogueScale(refugees);
  }

  private Dataset<Row> missing;
  private Dataset<Row> refugees;

  @BeforeAll
  void computeOnce(@TempDir Path temp) {
    SilverFixture fixture = new SilverFixture(temp);
    incident(fixture, "1", 2023, "Northern Africa", "LBY", 3, 2);
    incident(fixture, "2", 2023, "Mediterranean", null, 10, 40);
    incident(fixture, "3", 2023, "Northern Africa", "TUN", 1, 0);
    incident(fixture, "4", 2023, "Central America", "MEX", 4, 1);
    incident(fixture, "5", 2024, "Western Asia", "TUR", 2, 0);
    refugees(fixture, "SYR", "TUR", 3_600_000);
    refugees(fixture, "SYR", "DEU", 600_000);
    refugees(fixture, "AFG", "PAK", 1_400_000);
    refugees(fixture, "AFG", "IRN", 800_000);
    refugees(fixture, "ERI", "ETH", 500_000);
    population(fixture, "SYR", 17.5e6);
    population(fixture, "AFG", 38.9e6);
    population(fixture, "TUR", 84.3e6);
    GoldInputs inputs = fixture.write();
    missing = new MissingMigrantsGold().observations(inputs).cache();
    refugees = new RefugeeGold().observations(inputs).cache();
  }

  @Test
  void deadAndMissingAreSummedForTheWorldIncludingIncidentsAtSea() {
    Row world = row(missing, "WLD", "2023");
    assertThat(world.<Double>getAs("value")).isEqualTo(5.0 + 50 + 1 + 5);
    assertThat(world.<String>getAs("aggregation_method")).isEqualTo("SUM");
    assertThat(world.<String>getAs("footnote")).contains("should not be compared over time");
    assertThat(row(missing, "WLD", "2024").<Double>getAs("value")).isEqualTo(2.0);
  }

  @Test
  void regionsOfIncidentAndCountriesOfIncidentHaveTheirOwnSums() {
    assertThat(row(missing, "M49_015", "2023").<Double>getAs("value")).isEqualTo(6.0);
    assertThat(row(missing, "M49_013", "2023").<Double>getAs("value")).isEqualTo(5.0);
    assertThat(row(missing, "LBY", "2023").<Double>getAs("value")).isEqualTo(5.0);
    assertThat(row(missing, "LBY", "2023").<String>getAs("area_kind")).isEqualTo("COUNTRY");
    // The Mediterranean is no M49 area: its 50 count in the world total only.
    assertThat(missing.where(col("period").equalTo("2023")).count()).isEqualTo(1 + 2 + 3);
  }

  @Test
  void refugeesPerHundredThousandCountRefugeesOutsideThePopulation() {
    Row syria = row(refugees, "SYR", "2020");
    assertThat(syria.<Double>getAs("value"))
        .isCloseTo(4.2e6 / (17.5e6 + 4.2e6) * 100_000, within(1e-6));
    assertThat(syria.<Double>getAs("value")).isCloseTo(19354.83870967742, within(1e-6));
    assertThat(syria.<Double>getAs("numerator")).isEqualTo(4.2e6);
    assertThat(refugees.where(col("area").equalTo("ERI")).count()).isZero();
  }

  @Test
  void groupFigureIsTheRatioOfSumsWeightedByPopulationPlusRefugees() {
    Row world = row(refugees, "WLD", "2020");
    double expected = (4.2e6 + 2.2e6) / (21.7e6 + 41.1e6) * 100_000;
    assertThat(world.<Double>getAs("value")).isCloseTo(expected, within(1e-6));
    double meanOfRatios = (4.2 / 21.7 + 2.2 / 41.1) / 2 * 100_000;
    assertThat(world.<Double>getAs("value")).isNotCloseTo(meanOfRatios, within(100.0));
    assertThat(world.<Integer>getAs("countries_with_data")).isEqualTo(2);
    // Syria and Afghanistan hold 56.4 of the 140.7 million the world's population figures sum to.
    assertThat(world.<Double>getAs("population_share"))
        .isCloseTo((17.5 + 38.9) / (17.5 + 38.9 + 84.3), within(1e-12));
    assertThat(row(refugees, "SDG_062", "2020").<Double>getAs("value"))
        .isCloseTo(2.2e6 / 41.1e6 * 100_000, within(1e-6));
  }

  private static Row row(Dataset<Row> observations, String area, String period) {
    var rows =
        observations
            .where(col("area").equalTo(area).and(col("period").equalTo(period)))
            .collectAsList();
    assertThat(rows).as("%s %s", area, period).hasSize(1);
    return rows.get(0);
  }

  private static void incident(
      SilverFixture fixture,
      String id,
      int year,
      String region,
      String country,
      long dead,
      long missing) {
    Map<String, Object> values = new HashMap<>();
    values.put("incident_id", id);
    values.put("year", year);
    values.put("region", region);
    values.put("country_of_incident", country);
    values.put("dead", dead);
    values.put("missing", missing);
    fixture.row(SilverTables.MISSING_MIGRANTS, values);
  }

  private static void refugees(SilverFixture fixture, String origin, String asylum, long count) {
    fixture.row(
        SilverTables.REFUGEE_POPULATION,
        Map.of("origin", origin, "asylum", asylum, "year", 2020, "refugees", count));
  }

  private static void population(SilverFixture fixture, String area, double persons) {
    fixture.row(
        SilverTables.POPULATION,
        Map.of("area", area, "year", 2020, "persons", persons, "series_code", "SP.POP.TOTL"));
  }
}
