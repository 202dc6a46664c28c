package org.corridor.warehouse.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AreasRealDataTest {
  private static final String WDI_METADATA =
      "wb-wdi/Metadata_Country_API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv";
  private static final String WDI_DATA = "wb-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv";
  private static final Map<String, String> WDI_INCOME_GROUPS =
      Map.of(
          "High income", "HIC",
          "Upper middle income", "UMC",
          "Lower middle income", "LMC",
          "Low income", "LIC");

  private final Areas areas = Areas.load();

  @Test
  void everyUnsdRowIsAnAreaWithTheSameM49CodeAndRegions() throws IOException {
    List<CSVRecord> rows = RealData.records(RealData.file("m49/UNSD-en.csv"), 0);

    assertThat(rows).hasSize(249);
    for (CSVRecord row : rows) {
      String iso3 = row.get("ISO-alpha3 Code");
      Area area = areas.country(iso3).orElseThrow(() -> new AssertionError(iso3 + " is missing"));
      assertThat(area.m49()).as(iso3).contains(row.get("M49 Code"));
      assertThat(area.iso2()).as(iso3).isEqualTo(row.get("ISO-alpha2 Code"));
      assertThat(area.m49Region()).as(iso3).isEqualTo(group(row.get("Region Code")));
      assertThat(area.m49SubRegion()).as(iso3).isEqualTo(group(row.get("Sub-region Code")));
      assertThat(area.m49IntermediateRegion())
          .as(iso3)
          .isEqualTo(group(row.get("Intermediate Region Code")));
    }
  }

  @Test
  void everyWdiEconomyIsACountryWithTheSameIncomeGroup() throws IOException {
    List<CSVRecord> economies =
        RealData.records(RealData.file(WDI_METADATA), 0).stream()
            .filter(row -> !row.get("Region").isEmpty())
            .toList();

    assertThat(economies).hasSize(217);
    for (CSVRecord economy : economies) {
      String code = economy.get("Country Code");
      Area area = areas.country(code).orElseThrow(() -> new AssertionError(code + " is missing"));
      assertThat(area.incomeGroup())
          .as(code)
          .isEqualTo(Optional.ofNullable(WDI_INCOME_GROUPS.get(economy.get("IncomeGroup"))));
    }
  }

  @Test
  void everyWdiRowThatIsNotAnEconomyIsAKnownAggregate() throws IOException {
    List<CSVRecord> metadata = RealData.records(RealData.file(WDI_METADATA), 0);
    List<CSVRecord> data = RealData.records(RealData.file(WDI_DATA), 4);

    assertThat(data).hasSize(266);
    assertThat(
            metadata.stream()
                .filter(row -> row.get("Region").isEmpty())
                .map(row -> row.get("Country Code")))
        .hasSize(48)
        .allMatch(code -> areas.wdiAggregate(code).isPresent());
    assertThat(data.stream().map(row -> row.get("Country Code")))
        .allMatch(code -> areas.isCountry(code) || areas.wdiAggregate(code).isPresent());
  }

  private static Optional<String> group(String m49) {
    return m49.isEmpty() ? Optional.empty() : Optional.of("M49_" + m49);
  }
}
