package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.corridor.etl.gold.GoldRows.only;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.SilverTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labour migration, and RCP and GFMD activity counts, on hand-written records.
 *
 * <p>ILOSTAT, 2022, thousands: Germany's foreign-born labour force from its survey BA:LFS is 8,000
 * (repeated under a second all-ages code), 3,500 women and 4,500 men; its census AA:CENSUS counts
 * 6,000 foreign citizens, a source not to be added; 100 foreign-born employed work in agriculture.
 * Austria reports only foreign citizens: 1,000, of whom 450 women.
 *
 * <p>RCP records of the annex (its latest year named is 2007): MIDSA reports research in 2007,
 * capacity building in 2004-2005 (tagged RT1a and RT3c) and one undated, and an undated link to the
 * GFMD; Colombo reports no example of research, gives no response on the GFMD link, and a 2005
 * pilot project tagged RT2 and RT2a; Bali a link to the GFMD naming 2006. MIDSA's "activity report
 * 2025" reports undated research and no example of a GFMD link.
 *
 * <p>GFMD records: the matrix (one record names 2005, two none) has activities under RT1a, RT1c and
 * RT2b; the "Civil Society Days 2016" report a practice under RT2c; a source naming no year has an
 * undated RT3 activity.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabourAndActivityGoldTest {
  private static final String ANNEX = "RCP annex";
  private static final String REPORT = "MIDSA Secretariat, activity report 2025";
  private static final Column TOTAL = col("origin").isNull().and(col("sex").equalTo("_T"));

  private Dataset<Row> labour;
  private Dataset<Row> rcp;
  private Dataset<Row> gfmd;

  @BeforeAll
  void computeOnce(@TempDir Path temp) {
    SilverFixture fixture = new SilverFixture(temp);
    labourForce(fixture, "DEU", "BA:LFS", "BIRTH", "_T", "AGE_YTHADULT_YGE15", 8000);
    labourForce(fixture, "DEU", "BA:LFS", "BIRTH", "_T", "AGE_AGGREGATE_TOTAL", 8000);
    labourForce(fixture, "DEU", "BA:LFS", "BIRTH", "F", "AGE_YTHADULT_YGE15", 3500);
    labourForce(fixture, "DEU", "BA:LFS", "BIRTH", "M", "AGE_YTHADULT_YGE15", 4500);
    labourForce(fixture, "DEU", "BA:LFS", "BIRTH", "F", "AGE_YTHADULT_Y15-24", 400);
    labourForce(fixture, "DEU", "AA:CENSUS", "CITIZENSHIP", "_T", "AGE_YTHADULT_YGE15", 6000);
    labourForce(fixture, "AUT", "BA:LFS", "CITIZENSHIP", "_T", "AGE_YTHADULT_YGE15", 1000);
    labourForce(fixture, "AUT", "BA:LFS", "CITIZENSHIP", "F", "AGE_YTHADULT_YGE15", 450);
    Map<String, Object> farmWorkers = ilostat("DEU", "BA:LFS", "BIRTH", "_T", "_T", 100);
    farmWorkers.put("indicator", "MST_TEMP_SEX_ECO_CBR_NB");
    farmWorkers.put("measure", "EMPLOYMENT");
    farmWorkers.put("breakdown", "ECO_SECTOR_AGR");
    fixture.row(SilverTables.LABOUR_MIGRATION, farmWorkers);
    Map<String, Object> natives =
        ilostat("DEU", "BA:LFS", "BIRTH", "_T", "AGE_YTHADULT_YGE15", 30000);
    natives.put("population_group", "NATIVE");
    fixture.row(SilverTables.LABOUR_MIGRATION, natives);

    rcpRecord(fixture, ANNEX, "MIDSA", "research", 1, "REPORTED", List.of(2007), List.of());
    rcpRecord(
        fixture,
        ANNEX,
        "MIDSA",
        "capacity_building",
        1,
        "REPORTED",
        List.of(2004, 2005),
        List.of("RT1a", "RT3c"));
    rcpRecord(fixture, ANNEX, "MIDSA", "capacity_building", 2, "REPORTED", List.of(), List.of());
    rcpRecord(fixture, ANNEX, "MIDSA", "link_to_gfmd", 1, "REPORTED", List.of(), List.of());
    rcpRecord(
        fixture, ANNEX, "COLOMBO", "research", 1, "NO_EXAMPLE_PROVIDED", List.of(), List.of());
    rcpRecord(
        fixture, ANNEX, "COLOMBO", "link_to_gfmd", 1, "NO_RESPONSE_GIVEN", List.of(), List.of());
    rcpRecord(
        fixture,
        ANNEX,
        "COLOMBO",
        "pilot_projects",
        1,
        "REPORTED",
        List.of(2005),
        List.of("RT2", "RT2a"));
    rcpRecord(fixture, ANNEX, "BALI", "link_to_gfmd", 1, "REPORTED", List.of(2006), List.of());
    rcpRecord(fixture, REPORT, "MIDSA", "research", 1, "REPORTED", List.of(), List.of());
    rcpRecord(
        fixture, REPORT, "MIDSA", "link_to_gfmd", 1, "NO_EXAMPLE_PROVIDED", List.of(), List.of());

    gfmdRecord(fixture, "GFMD matrix", "1", "ACTIVITY", "RT1", "RT1a", List.of());
    gfmdRecord(fixture, "GFMD matrix", "2", "ACTIVITY", "RT1", "RT1c", List.of(2005));
    gfmdRecord(fixture, "GFMD matrix", "3", "ACTIVITY", "RT2", "RT2b", List.of());
    gfmdRecord(fixture, "Civil Society Days 2016", "1", "PRACTICE", "RT2", "RT2c", List.of());
    gfmdRecord(fixture, "Undated notes", "1", "ACTIVITY", "RT3", null, List.of());

    GoldInputs inputs = fixture.write();
    labour = new LabourMigrationGold().observations(inputs).cache();
    rcp = new RcpActivityGold().observations(inputs).cache();
    gfmd = new GfmdActivityGold().observations(inputs).cache();
  }

  @Test
  void migrantWorkersComeFromOneSourcePreferringPlaceOfBirth() {
    Row germany = only(labour, "LABOUR_FORCE", "DEU", "2022", TOTAL);
    assertThat(germany.<Double>getAs("value")).isEqualTo(8000.0);
    assertThat(germany.<String>getAs("footnote")).isEqualTo("ILOSTAT source BA:LFS");
    assertThat(
            only(labour, "LABOUR_FORCE", "DEU", "2022", col("sex").equalTo("M"))
                .<Double>getAs("value"))
        .isEqualTo(4500.0);
    assertThat(only(labour, "LABOUR_FORCE", "AUT", "2022", TOTAL).<Double>getAs("value"))
        .isEqualTo(1000.0);
    assertThat(
            only(labour, "EMPLOYMENT.ECO_SECTOR_AGR", "DEU", "2022", TOTAL).<Double>getAs("value"))
        .isEqualTo(100.0);
    GoldRows.assertUniqueKeys(labour);
    GoldRows.assertRatiosFollowCatalogueScale(labour);
  }

  @Test
  void groupsSumMigrantWorkersAndTakeTheRatioOfSumsForTheShareOfWomen() {
    Row westernEurope = only(labour, "LABOUR_FORCE", "M49_155", "2022", TOTAL);
    assertThat(westernEurope.<Double>getAs("value")).isEqualTo(9000.0);
    assertThat(westernEurope.<Integer>getAs("countries_with_data")).isEqualTo(2);
    Column women = col("sex").equalTo("F");
    assertThat(only(labour, "LABOUR_FORCE", "M49_155", "2022", women).<Double>getAs("value"))
        .isEqualTo(3950.0);
    String share = LabourMigrationGold.WOMEN_SHARE;
    assertThat(only(labour, share, "DEU", "2022").<Double>getAs("value")).isEqualTo(43.75);
    assertThat(only(labour, share, "AUT", "2022").<Double>getAs("value")).isEqualTo(45.0);
    assertThat(only(labour, share, "M49_155", "2022").<Double>getAs("value"))
        .isCloseTo(3950.0 / 9000 * 100, within(1e-9));
  }

  @Test
  void rcpRecordsAreCountedPerYearTheyNameAndUndatedOnesInTheSourcesReferenceYear() {
    Row midsa2007 = only(rcp, "REPORTED", "RCP_MIDSA", "2007");
    assertThat(midsa2007.<Double>getAs("value")).isEqualTo(3.0);
    assertThat(midsa2007.<String>getAs("footnote"))
        .contains("2 of them name no year")
        .contains("reference year 2007");
    assertThat(only(rcp, "REPORTED", "RCP_MIDSA", "2004").<Double>getAs("value")).isEqualTo(1.0);
    assertThat(only(rcp, "REPORTED", "RCP_MIDSA", "2005").<Double>getAs("value")).isEqualTo(1.0);
    assertThat(only(rcp, "REPORTED.CAPACITY_BUILDING", "RCP_MIDSA", "2007").<Double>getAs("value"))
        .isEqualTo(1.0);
    assertThat(only(rcp, "REPORTED", "RCP_MIDSA", "2025").<Double>getAs("value")).isEqualTo(1.0);
    assertThat(only(rcp, "REPORTED", "WLD", "2005").<Double>getAs("value")).isEqualTo(2.0);
    assertThat(only(rcp, "REPORTED", "WLD", "2007").<Double>getAs("value")).isEqualTo(3.0);
    GoldRows.assertUniqueKeys(rcp);
    GoldRows.assertRatiosFollowCatalogueScale(rcp);
  }

  @Test
  void reportedAbsencesAreCountedApartFromMissingAnswers() {
    assertThat(only(rcp, "NO_EXAMPLE_PROVIDED", "RCP_COLOMBO", "2007").<Double>getAs("value"))
        .isEqualTo(1.0);
    assertThat(
            only(rcp, "NO_RESPONSE_GIVEN.LINK_TO_GFMD", "RCP_COLOMBO", "2007")
                .<Double>getAs("value"))
        .isEqualTo(1.0);
    assertThat(only(rcp, "NO_EXAMPLE_PROVIDED", "RCP_MIDSA", "2025").<Double>getAs("value"))
        .isEqualTo(1.0);
    assertThat(
            rcp.where(
                    col("area")
                        .equalTo("RCP_COLOMBO")
                        .and(col("series").equalTo("REPORTED.RESEARCH")))
                .count())
        .isZero();
  }

  @Test
  void rcpActivitiesAreCountedOncePerRoundtableAndPerSubTheme() {
    assertThat(only(rcp, "REPORTED.RT2", "RCP_COLOMBO", "2005").<Double>getAs("value"))
        .isEqualTo(1.0);
    assertThat(only(rcp, "REPORTED.RT2a", "RCP_COLOMBO", "2005").<Double>getAs("value"))
        .isEqualTo(1.0);
    assertThat(only(rcp, "REPORTED.RT3", "RCP_MIDSA", "2004").<Double>getAs("value"))
        .isEqualTo(1.0);
    assertThat(only(rcp, "REPORTED.RT1a", "RCP_MIDSA", "2005").<Double>getAs("value"))
        .isEqualTo(1.0);
  }

  @Test
  void shareOfRcpsReportingALinkToTheGfmdKeepsNonRespondentsInTheDenominator() {
    Row annex = only(rcp, RcpActivityGold.GFMD_LINK_SHARE, "WLD", "2007");
    assertThat(annex.<Double>getAs("value")).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(annex.<Double>getAs("numerator")).isEqualTo(2.0);
    assertThat(annex.<Double>getAs("denominator")).isEqualTo(3.0);
    assertThat(annex.<String>getAs("footnote"))
        .isEqualTo(
            "Share of the 3 RCPs with a record on their link to the GFMD: 2 reported one, 0"
                + " reported none, 1 gave no response.");
    assertThat(only(rcp, RcpActivityGold.GFMD_LINK_SHARE, "WLD", "2025").<Double>getAs("value"))
        .isEqualTo(0.0);
  }

  @Test
  void gfmdRecordsAreCountedPerTypeRoundtableAndSubTheme() {
    Row matrix = only(gfmd, "ACTIVITY", "WLD", "2005");
    assertThat(matrix.<Double>getAs("value")).isEqualTo(3.0);
    assertThat(matrix.<String>getAs("footnote")).startsWith("2 of the records name no year");
    assertThat(only(gfmd, "ACTIVITY.RT1", "WLD", "2005").<Double>getAs("value")).isEqualTo(2.0);
    assertThat(only(gfmd, "ACTIVITY.RT2b", "WLD", "2005").<Double>getAs("value")).isEqualTo(1.0);
    assertThat(only(gfmd, "PRACTICE.RT2c", "WLD", "2016").<Double>getAs("value")).isEqualTo(1.0);
    // A source naming no year leaves its undated record without a year to count it in.
    assertThat(gfmd.where(col("series").equalTo("ACTIVITY.RT3")).count()).isZero();
    GoldRows.assertUniqueKeys(gfmd);
  }

  private static void labourForce(
      SilverFixture fixture,
      String area,
      String source,
      String basis,
      String sex,
      String age,
      double thousands) {
    fixture.row(SilverTables.LABOUR_MIGRATION, ilostat(area, source, basis, sex, age, thousands));
  }

  private static Map<String, Object> ilostat(
      String area, String source, String basis, String sex, String age, double thousands) {
    Map<String, Object> values = new HashMap<>();
    values.put("area", area);
    values.put("indicator", "MST_TEAP_SEX_AGE_CBR_NB");
    values.put("source", source);
    values.put("year", 2022);
    values.put("sex", sex);
    values.put("age", age);
    values.put("migrant_basis", basis);
    values.put("population_group", "FOREIGN");
    values.put("origin", "_Z");
    values.put("breakdown", "_T");
    values.put("measure", "LABOUR_FORCE");
    values.put("unit", "THOUSAND_PERSONS");
    values.put("value", thousands);
    return values;
  }

  private static void rcpRecord(
      SilverFixture fixture,
      String source,
      String rcp,
      String column,
      int sequence,
      String status,
      List<Integer> years,
      List<String> roundtables) {
    Map<String, Object> values = new HashMap<>();
    values.put("source", source);
    values.put("rcp", rcp);
    values.put("activity_column", column);
    values.put("sequence", sequence);
    values.put("status", status);
    values.put("years", years);
    values.put("countries", List.of());
    values.put("gfmd_roundtables", roundtables);
    values.put("gcm_objectives", List.of());
    values.put("sdg_targets", List.of());
    fixture.row(SilverTables.RCP_ACTIVITY, values);
  }

  private static void gfmdRecord(
      SilverFixture fixture,
      String source,
      String id,
      String type,
      String roundtable,
      String subTheme,
      List<Integer> years) {
    Map<String, Object> values = new HashMap<>();
    values.put("source", source);
    values.put("record_id", id);
    values.put("record_type", type);
    values.put("roundtable", roundtable);
    values.put("sub_theme", subTheme);
    values.put("title", "record " + id);
    values.put("partners", List.of());
    values.put("countries", List.of());
    values.put("years", years);
    values.put("gcm_objectives", List.of());
    values.put("sdg_targets", List.of());
    fixture.row(SilverTables.GFMD_ACTIVITY, values);
  }
}
