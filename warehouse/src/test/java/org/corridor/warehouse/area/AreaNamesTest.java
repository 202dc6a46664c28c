package org.corridor.warehouse.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.corridor.warehouse.reference.CodeListFile;
import org.junit.jupiter.api.Test;

class AreaNamesTest {
  @Test
  void m49NamesAndThePublishersSpellingsResolveWhateverTheCaseAndSpacing() {
    AreaNames names = AreaNames.of(AreaNames.Publisher.WORLD_BANK);

    assertThat(names.iso3("Afghanistan")).contains("AFG");
    assertThat(names.iso3("  egypt,   ARAB rep. ")).contains("EGY");
    assertThat(names.iso3("Atlantis")).isEmpty();
    assertThat(names.isNotACountry("WORLD")).isTrue();
    assertThat(names.isNotACountry("Atlantis")).isFalse();
  }

  @Test
  void theWorldBanksOlderSpellingsInKnomadMatricesResolve() {
    AreaNames names = AreaNames.of(AreaNames.Publisher.WORLD_BANK);

    assertThat(names.iso3("Korea, Dem. Rep.")).contains("PRK");
    assertThat(names.iso3("Korea, Rep.")).contains("KOR");
    assertThat(names.iso3("Macedonia, FYR")).contains("MKD");
    assertThat(names.iso3("Swaziland")).contains("SWZ");
    assertThat(names.iso3("West Bank and Gaza")).contains("PSE");
    assertThat(names.isNotACountry("Other North")).isTrue();
    assertThat(names.isNotACountry("Other South")).isTrue();
  }

  @Test
  void decomposedAccentsMatchComposedOnes() {
    AreaNames names = spellings("name,iso3\nT\u00fcrkiye,TUR\n");
    assertThat(names.iso3("Tu\u0308rkiye")).contains("TUR");
  }

  @Test
  void aSpellingOfNoKnownCountryOrListedTwiceStopsTheLoad() {
    assertThatThrownBy(() -> spellings("name,iso3\nAtlantis,ATL\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("ATL (for Atlantis) is not a country");
    assertThatThrownBy(() -> spellings("name,iso3\nTurkey,TUR\nturkey,TUR\n"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("listed twice");
  }

  private static AreaNames spellings(String csv) {
    return AreaNames.from(
        Areas.load(), CodeListFile.parse("test.csv", new StringReader(csv), AreaNames.COLUMNS));
  }
}
