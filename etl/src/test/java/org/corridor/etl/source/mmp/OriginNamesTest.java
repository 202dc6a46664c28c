package org.corridor.etl.source.mmp;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.warehouse.area.AreaNames;
import org.junit.jupiter.api.Test;

class OriginNamesTest {
  private final OriginNames names = new OriginNames(AreaNames.of(AreaNames.Publisher.IOM));

  @Test
  void severalOriginsInOneCellResolveInTheirOrder() {
    assertThat(names.resolve("Sudan, Eritrea").iso3()).containsExactly("SDN", "ERI");
    assertThat(names.resolve("Venezuela (Bolivarian Republic of)").iso3()).containsExactly("VEN");
  }

  @Test
  void aNameWithACommaInsideIsReadWholeBeforeItsParts() {
    OriginNames.Origins origins =
        names.resolve("China, Hong Kong Special Administrative Region, Viet Nam");

    assertThat(origins.iso3()).containsExactly("HKG", "VNM");
    assertThat(origins.unmatched()).isEmpty();
  }

  @Test
  void iomsNamesForNoCountryAreNeitherCountriesNorUnmatched() {
    for (String cell : new String[] {"Unknown", "Mixed", "Mixed/Unknown"}) {
      OriginNames.Origins origins = names.resolve(cell);
      assertThat(origins.iso3()).as(cell).isEmpty();
      assertThat(origins.unmatched()).as(cell).isEmpty();
    }
  }

  @Test
  void anUnknownNameIsKeptAsWrittenBesideTheCountriesFound() {
    OriginNames.Origins origins = names.resolve("Atlantis,  Mali");

    assertThat(origins.iso3()).containsExactly("MLI");
    assertThat(origins.unmatched()).containsExactly("Atlantis");
  }
}
