package org.corridor.warehouse.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RcpsTest {
  private static final String HEADER = "code,name,annex_group,members,source,notes\n";

  private final Rcps rcps = Rcps.load();

  @Test
  void listsTheTwelveAnnexRcpsAndTheLaterOnes() {
    assertThat(rcps.all().stream().map(Rcp::code))
        .containsExactlyInAnyOrder(
            "COLOMBO",
            "ADD",
            "RCM",
            "SACM",
            "MIDSA",
            "MIDWA",
            "FIVE_PLUS_FIVE",
            "IGAD_RCP",
            "SODERKOPING",
            "IGC",
            "MTM",
            "BALI",
            "BUDAPEST",
            "APC",
            "PRAGUE",
            "ALMATY",
            "RABAT",
            "KHARTOUM",
            "MIDCOM",
            "MIDCAS",
            "ARCP",
            "PIDC",
            "CMC");
  }

  @Test
  void annexGroupsAreTheOnesTheAnnexGives() {
    assertThat(rcps.inAnnexGroup(1).stream().map(Rcp::code))
        .containsExactlyInAnyOrder("MIDSA", "MIDWA", "COLOMBO", "RCM", "SACM", "FIVE_PLUS_FIVE");
    assertThat(rcps.inAnnexGroup(2).stream().map(Rcp::code))
        .containsExactlyInAnyOrder("SODERKOPING", "IGC", "MTM");
    assertThat(rcps.inAnnexGroup(3).stream().map(Rcp::code))
        .containsExactlyInAnyOrder("BALI", "BUDAPEST", "APC");
    assertThat(rcps.find("PRAGUE").orElseThrow().annexGroup()).isEmpty();
  }

  @Test
  void memberCountsAreTheSourcesCounts() {
    Map<String, Integer> sizes =
        rcps.all().stream().collect(Collectors.toMap(Rcp::code, rcp -> rcp.members().size()));

    assertThat(sizes)
        .containsEntry("COLOMBO", 12)
        .containsEntry("ADD", 18)
        .containsEntry("RCM", 11)
        .containsEntry("MIDSA", 16)
        .containsEntry("MIDWA", 16)
        .containsEntry("FIVE_PLUS_FIVE", 10)
        .containsEntry("IGAD_RCP", 8)
        .containsEntry("BALI", 45)
        .containsEntry("RABAT", 57)
        .containsEntry("MIDCOM", 21)
        .containsEntry("ARCP", 22);
  }

  @Test
  void everyRcpNamesItsSourceAndPartialListsSaySo() {
    assertThat(rcps.all()).allSatisfy(rcp -> assertThat(rcp.source()).isNotBlank());
    assertThat(rcps.find("APC").orElseThrow().notes()).get().asString().startsWith("Partial");
  }

  @Test
  void theFivePlusFiveDialogueHasAnAreaCodeWithoutPlusSigns() {
    Rcp fivePlusFive = rcps.find("FIVE_PLUS_FIVE").orElseThrow();

    assertThat(fivePlusFive.areaCode()).isEqualTo("RCP_FIVE_PLUS_FIVE");
    assertThat(fivePlusFive.members())
        .containsExactly("DZA", "ESP", "FRA", "ITA", "LBY", "MAR", "MLT", "MRT", "PRT", "TUN");
  }

  @Test
  void parsedMembersAreSorted() {
    Rcps parsed = Rcps.parse(new StringReader(HEADER + "TEST,Test Process,,MAR DZA,a source,\n"));

    assertThat(parsed.find("TEST").orElseThrow())
        .isEqualTo(
            new Rcp(
                "TEST",
                "Test Process",
                Optional.empty(),
                List.of("DZA", "MAR"),
                "a source",
                Optional.empty()));
  }

  @Test
  void duplicateRcpIsRejected() {
    String row = "TEST,Test Process,,DZA,a source,\n";

    assertThatThrownBy(() -> Rcps.parse(new StringReader(HEADER + row + row)))
        .hasMessage(
            "code list rcps.csv is invalid: line 3: RCP TEST is listed twice; fix the file under"
                + " src/main/resources");
  }

  @Test
  void annexGroupOutsideOneToThreeIsRejected() {
    assertThatThrownBy(
            () -> Rcps.parse(new StringReader(HEADER + "TEST,Test Process,4,DZA,a source,\n")))
        .hasMessage(
            "code list rcps.csv is invalid: line 2: annex group 4 of TEST is not 1, 2 or 3; fix"
                + " the file under src/main/resources");
  }

  @Test
  void memberThatIsNotAnIso3CodeIsRejected() {
    assertThatThrownBy(
            () -> Rcps.parse(new StringReader(HEADER + "TEST,Test Process,,DZA Mar,a source,\n")))
        .hasMessage(
            "code list rcps.csv is invalid: line 2: member Mar of TEST is not an ISO3 code; fix"
                + " the file under src/main/resources");
  }
}
