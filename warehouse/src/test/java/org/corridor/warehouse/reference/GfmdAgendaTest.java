package org.corridor.warehouse.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GfmdAgendaTest {
  private static final String HEADER = "code,kind,parent,title,notes\n";

  private final GfmdAgenda agenda = GfmdAgenda.load();

  @Test
  void twoThemesCarryThreeRoundtables() {
    assertThat(agenda.themes())
        .containsExactly(
            new GfmdTheme("T1", "Migration and Socio-Economic Development"),
            new GfmdTheme(
                "T2",
                "Best Ways to Strengthen the Links between Migration Policies and Development"
                    + " Policies"));
    assertThat(agenda.roundtables())
        .extracting(GfmdRoundtable::code, GfmdRoundtable::theme)
        .containsExactly(tuple("RT1", "T1"), tuple("RT2", "T1"), tuple("RT3", "T2"));
  }

  @Test
  void roundtableOneHasSubThemesAToH() {
    assertThat(agenda.subThemesOf("RT1").stream().map(GfmdSubTheme::code))
        .containsExactly("RT1a", "RT1b", "RT1c", "RT1d", "RT1e", "RT1f", "RT1g", "RT1h");
  }

  @Test
  void roundtablesTwoAndThreeHaveSubThemesAToD() {
    assertThat(agenda.subThemesOf("RT2").stream().map(GfmdSubTheme::code))
        .containsExactly("RT2a", "RT2b", "RT2c", "RT2d");
    assertThat(agenda.subThemesOf("RT3").stream().map(GfmdSubTheme::code))
        .containsExactly("RT3a", "RT3b", "RT3c", "RT3d");
    assertThat(agenda.subThemes()).hasSize(16);
  }

  @Test
  void titlesAreTheSeedsWording() {
    assertThat(agenda.roundtable("RT2").orElseThrow().title())
        .isEqualTo(
            "Remittances and Other Diaspora Resources: Increasing Their Volume and Developmental"
                + " Value");
    assertThat(agenda.subTheme("RT2a").orElseThrow())
        .isEqualTo(new GfmdSubTheme("RT2a", "RT2", "Improving Remittance Services"));
    assertThat(agenda.subTheme("RT1h").orElseThrow().title())
        .isEqualTo("Addressing Trafficking in Persons and Smuggling of Migrants");
  }

  @Test
  void tagsMayNameARoundtableOrASubThemeButNotATheme() {
    assertThat(agenda.isRoundtableOrSubTheme("RT3")).isTrue();
    assertThat(agenda.isRoundtableOrSubTheme("RT1g")).isTrue();
    assertThat(agenda.isRoundtableOrSubTheme("T1")).isFalse();
    assertThat(agenda.isRoundtableOrSubTheme("RT1i")).isFalse();
    assertThat(agenda.isRoundtableOrSubTheme("RT4")).isFalse();
  }

  @Test
  void subThemeBeforeItsRoundtableIsRejected() {
    String csv = HEADER + "T1,THEME,,A theme,\nRT1a,SUB_THEME,RT1,A sub-theme,\n";

    assertThatThrownBy(() -> GfmdAgenda.parse(new StringReader(csv)))
        .hasMessage(
            "code list gfmd.csv is invalid: line 3: parent RT1 is not a roundtable listed above"
                + " this line; fix the file under src/main/resources");
  }

  @Test
  void subThemeCodedAfterAnotherRoundtableIsRejected() {
    String csv =
        HEADER
            + "T1,THEME,,A theme,\n"
            + "RT1,ROUNDTABLE,T1,A roundtable,\n"
            + "RT2a,SUB_THEME,RT1,A sub-theme,\n";

    assertThatThrownBy(() -> GfmdAgenda.parse(new StringReader(csv)))
        .hasMessage(
            "code list gfmd.csv is invalid: line 4: sub-theme RT2a must be coded after its"
                + " roundtable RT1; fix the file under src/main/resources");
  }
}
