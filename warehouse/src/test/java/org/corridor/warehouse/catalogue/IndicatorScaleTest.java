package org.corridor.warehouse.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndicatorScaleTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load();

  @Test
  void ratiosOfSumsCarryTheFactorTheirCountryValuesUse() {
    assertThat(CATALOGUE.require("17.3.2").scale()).isEqualTo(100.0);
    assertThat(CATALOGUE.require("10.7.4").scale()).isEqualTo(100_000.0);
    assertThat(CATALOGUE.require("10.7.2").scale()).isEqualTo(100.0);
  }

  @Test
  void meansAndSumsAreNotScaled() {
    assertThat(CATALOGUE.require("10.c.1").scale()).isEqualTo(1.0);
    assertThat(CATALOGUE.require("10.7.3").scale()).isEqualTo(1.0);
  }

  @Test
  void aScaleThatIsNotAPositiveNumberIsRefused() {
    assertThatThrownBy(() -> parse("0")).hasMessageContaining("X.1 has a scale");
    assertThatThrownBy(() -> parse("\"100\"")).hasMessageContaining("X.1 has a scale");
  }

  private static IndicatorCatalogue parse(String scale) throws IOException {
    String json =
        """
        {"version": "1", "indicators": [{"code": "X.1", "name": "n", "description": "d",
          "unit": "PERCENT", "unitLabel": "%%", "custodian": "c", "computation": "c",
          "aggregation": "RATIO_OF_SUMS", "scale": %s, "direction": "INCREASE",
          "status": "COMPUTED"}]}
        """
            .formatted(scale);
    return IndicatorCatalogue.parse(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
