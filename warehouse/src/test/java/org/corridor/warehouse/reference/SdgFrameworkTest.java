package org.corridor.warehouse.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdgFrameworkTest {
  private static final String GOALS = "number,title\n10,Reduce inequality\n";
  private static final String TARGETS = "code,goal,title\n10.c,10,Remittance costs\n";
  private static final String INDICATOR_HEADER = "code,target,title,custodians\n";

  private final SdgFramework framework = SdgFramework.load();

  @Test
  void migrationTargetsAreKnown() {
    assertThat(framework.targets().stream().map(SdgTarget::code))
        .contains("5.1", "5.2", "8.7", "8.8", "10.7", "10.c", "16.2", "17.3", "17.16", "17.18");
  }

  @Test
  void migrationIndicatorsAreKnown() {
    assertThat(framework.indicators().stream().map(SdgIndicator::code))
        .contains(
            "10.7.1", "10.7.2", "10.7.3", "10.7.4", "10.c.1", "17.3.2", "8.8.1", "8.8.2", "8.7.1",
            "16.2.2", "17.18.1");
  }

  @Test
  void indicatorsCarryTheOfficialTitleAndCustodians() {
    assertThat(framework.indicator("10.c.1"))
        .contains(
            new SdgIndicator(
                "10.c.1",
                "10.c",
                "Remittance costs as a proportion of the amount remitted",
                List.of("World Bank")));
    assertThat(framework.indicator("10.7.2").orElseThrow().custodians())
        .containsExactly("UN DESA Population Division", "IOM");
    assertThat(framework.indicator("17.3.2").orElseThrow().title())
        .isEqualTo("Volume of remittances (in United States dollars) as a proportion of total GDP");
  }

  @Test
  void targetsBelongToTheirGoalAndIndicatorsToTheirTarget() {
    assertThat(framework.target("10.c").orElseThrow().goal()).isEqualTo(10);
    assertThat(framework.goal(10).orElseThrow().title())
        .isEqualTo("Reduce inequality within and among countries");
    assertThat(framework.indicatorsOf("10.7").stream().map(SdgIndicator::code))
        .containsExactly("10.7.1", "10.7.2", "10.7.3", "10.7.4");
    assertThat(framework.targets())
        .allSatisfy(target -> assertThat(framework.goal(target.goal())).isPresent());
  }

  @Test
  void indicatorOfAnUnlistedTargetIsRejected() {
    String indicators = INDICATOR_HEADER + "10.7.1,10.7,Recruitment cost,ILO\n";

    assertThatThrownBy(() -> parse(GOALS, TARGETS, indicators))
        .hasMessage(
            "code list sdg_indicators.csv is invalid: line 2: indicator 10.7.1 names target 10.7,"
                + " which is not listed; fix the file under src/main/resources");
  }

  @Test
  void targetCodeThatDoesNotExtendItsGoalIsRejected() {
    String targets = "code,goal,title\n1.c,10,Remittance costs\n";

    assertThatThrownBy(() -> parse(GOALS, targets, INDICATOR_HEADER))
        .hasMessage(
            "code list sdg_targets.csv is invalid: line 2: code 1.c does not extend its parent"
                + " code 10; fix the file under src/main/resources");
  }

  @Test
  void custodiansAreSplitOnSemicolons() {
    String indicators = INDICATOR_HEADER + "10.c.1,10.c,Remittance costs,World Bank; IFAD\n";

    assertThat(parse(GOALS, TARGETS, indicators).indicator("10.c.1").orElseThrow().custodians())
        .containsExactly("World Bank", "IFAD");
  }

  private static SdgFramework parse(String goals, String targets, String indicators) {
    return SdgFramework.parse(
        new StringReader(goals), new StringReader(targets), new StringReader(indicators));
  }
}
