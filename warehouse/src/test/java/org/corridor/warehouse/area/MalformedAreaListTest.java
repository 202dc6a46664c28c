package org.corridor.warehouse.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.corridor.warehouse.reference.Rcps;
import org.junit.jupiter.api.Test;

class MalformedAreaListTest {
  private static final String COUNTRY_HEADER =
      "iso3,iso2,m49,name,m49_region,m49_sub_region,m49_intermediate_region,sdg_region,"
          + "income_group,oacps\n";
  private static final String ALGERIA = "DZA,DZ,012,Algeria,M49_002,M49_015,,SDG_747,UMC,false\n";
  private static final String EGYPT = "EGY,EG,818,Egypt,M49_002,M49_015,,SDG_747,LMC,false\n";
  private static final String GROUPS =
      """
      code,kind,name,m49,parent
      WLD,WORLD,World,001,
      M49_002,M49_REGION,Africa,002,
      M49_015,M49_SUB_REGION,Northern Africa,015,
      SDG_747,SDG_REGION,Northern Africa and Western Asia,747,
      UMC,INCOME_GROUP,Upper middle income,,
      LMC,INCOME_GROUP,Lower middle income,,
      """;
  private static final String WDI = "wdi_code,name,corridor_area\nWLD,World,WLD\n";
  private static final String RCPS =
      "code,name,annex_group,members,source,notes\nFIVE_PLUS_FIVE,5+5 Dialogue,1,DZA,FACTS.md,\n";

  @Test
  void wellFormedListsLoad() {
    Areas areas = parse(COUNTRY_HEADER + ALGERIA + EGYPT, GROUPS, WDI, RCPS);

    assertThat(areas.group("M49_015").orElseThrow().members()).containsExactly("DZA", "EGY");
    assertThat(areas.group("RCP_FIVE_PLUS_FIVE").orElseThrow().members()).containsExactly("DZA");
  }

  @Test
  void duplicateIso3IsRejected() {
    assertThatThrownBy(() -> parse(COUNTRY_HEADER + ALGERIA + ALGERIA, GROUPS, WDI, RCPS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "code list countries.csv is invalid: line 3: ISO3 code DZA is listed twice (first on"
                + " line 2); fix the file under src/main/resources");
  }

  @Test
  void duplicateM49CodeIsRejected() {
    String egyptAs012 = EGYPT.replace("818", "012");

    assertThatThrownBy(() -> parse(COUNTRY_HEADER + ALGERIA + egyptAs012, GROUPS, WDI, RCPS))
        .hasMessage(
            "code list countries.csv is invalid: line 3: M49 code 012 is listed twice (first on"
                + " line 2); fix the file under src/main/resources");
  }

  @Test
  void m49CodeWithoutLeadingZeroIsRejected() {
    String algeriaAs12 = ALGERIA.replace(",012,", ",12,");

    assertThatThrownBy(() -> parse(COUNTRY_HEADER + algeriaAs12, GROUPS, WDI, RCPS))
        .hasMessage(
            "code list countries.csv is invalid: line 2: m49 12 does not match [0-9]{3}; fix the"
                + " file under src/main/resources");
  }

  @Test
  void regionNoGroupDefinesIsRejected() {
    String algeriaInEasternAfrica = ALGERIA.replace("M49_015", "M49_014");

    assertThatThrownBy(
            () -> parse(COUNTRY_HEADER + algeriaInEasternAfrica + EGYPT, GROUPS, WDI, RCPS))
        .hasMessage(
            "code list countries.csv is invalid: DZA has m49_sub_region M49_014, which"
                + " area_groups.csv does not define as a group of kind M49_SUB_REGION; fix the"
                + " file under src/main/resources");
  }

  @Test
  void oacpsFlagMustBeTrueOrFalse() {
    String algeriaYes = ALGERIA.replace(",false", ",yes");

    assertThatThrownBy(() -> parse(COUNTRY_HEADER + algeriaYes + EGYPT, GROUPS, WDI, RCPS))
        .hasMessage(
            "code list countries.csv is invalid: line 2: oacps is yes but must be true or false;"
                + " fix the file under src/main/resources");
  }

  @Test
  void missingColumnIsRejected() {
    String header = COUNTRY_HEADER.replace(",oacps", "");

    assertThatThrownBy(() -> parse(header + "DZA,DZ,012,Algeria,,,,,,\n", GROUPS, WDI, RCPS))
        .hasMessage(
            "code list countries.csv is invalid: the header has no column oacps (it has [iso3,"
                + " iso2, m49, name, m49_region, m49_sub_region, m49_intermediate_region,"
                + " sdg_region, income_group]); fix the file under src/main/resources");
  }

  @Test
  void groupWithoutMembersIsRejected() {
    String groups = GROUPS + "LIC,INCOME_GROUP,Low income,,\n";

    assertThatThrownBy(() -> parse(COUNTRY_HEADER + ALGERIA + EGYPT, groups, WDI, RCPS))
        .hasMessage(
            "code list area_groups.csv is invalid: line 8: group LIC has no members; fix the file"
                + " under src/main/resources");
  }

  @Test
  void rcpMemberThatIsNotACountryIsRejected() {
    String rcps = RCPS.replace(",DZA,", ",DZA MAR,");

    assertThatThrownBy(() -> parse(COUNTRY_HEADER + ALGERIA + EGYPT, GROUPS, WDI, rcps))
        .hasMessage(
            "code list rcps.csv is invalid: RCP FIVE_PLUS_FIVE lists member MAR, which is not a"
                + " country in countries.csv; fix the file under src/main/resources");
  }

  @Test
  void wdiAggregateMappedToAnUnknownAreaIsRejected() {
    String wdi = WDI + "SSF,Sub-Saharan Africa,SDG_202\n";

    assertThatThrownBy(() -> parse(COUNTRY_HEADER + ALGERIA + EGYPT, GROUPS, wdi, RCPS))
        .hasMessage(
            "code list wdi_aggregates.csv is invalid: line 3: corridor_area SDG_202 of SSF is not"
                + " an aggregate area; fix the file under src/main/resources");
  }

  private static Areas parse(String countries, String groups, String wdi, String rcps) {
    return Areas.parse(
        new StringReader(countries),
        new StringReader(groups),
        new StringReader(wdi),
        Rcps.parse(new StringReader(rcps)));
  }
}
