package org.corridor.warehouse.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.warehouse.reference.GcmObjectives;
import org.corridor.warehouse.reference.GfmdAgenda;
import org.corridor.warehouse.reference.SdgFramework;
import org.junit.jupiter.api.Test;

class CatalogueCrosswalkTest {
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.load();

  @Test
  void everySdgTargetTagIsAKnownTarget() {
    SdgFramework sdg = SdgFramework.load();

    assertThat(catalogue.all())
        .allSatisfy(
            indicator ->
                assertThat(indicator.sdgTargets())
                    .as(indicator.code())
                    .allMatch(target -> sdg.target(target).isPresent()));
  }

  @Test
  void everyGcmObjectiveTagIsOneToTwentyThree() {
    GcmObjectives objectives = GcmObjectives.load();

    assertThat(catalogue.all())
        .allSatisfy(
            indicator ->
                assertThat(indicator.gcmObjectives())
                    .as(indicator.code())
                    .allMatch(objectives::contains)
                    .allMatch(number -> number >= 1 && number <= 23));
  }

  @Test
  void everyGfmdTagIsAKnownRoundtableOrSubTheme() {
    GfmdAgenda agenda = GfmdAgenda.load();

    assertThat(catalogue.all())
        .allSatisfy(
            indicator ->
                assertThat(indicator.gfmdRoundtables())
                    .as(indicator.code())
                    .allMatch(agenda::isRoundtableOrSubTheme));
  }
}
