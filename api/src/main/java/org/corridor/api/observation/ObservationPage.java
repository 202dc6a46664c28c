package org.corridor.api.observation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.vintage.Edition;

/** One page of an indicator's observations, naming the table version it was read from. */
@Schema(name = "ObservationPage", description = "One page of an indicator's observations")
record ObservationPage(
    @Schema(description = "Indicator code", example = "17.3.2") String indicator,
    @Schema(description = "Vintage answered from; null for the latest data", nullable = true)
        String vintage,
    @Schema(description = "Instant answered as of; null unless asOf was given", nullable = true)
        String asOf,
    @Schema(
            description = "Delta version of gold.indicator_observation; -1 before its first write",
            example = "12")
        long tableVersion,
    PageInfo page,
    @Schema(
            description =
                "Observations sorted by area, then period; fields are the camelCase columns of"
                    + " gold.indicator_observation, nulls included")
        List<Map<String, Object>> observations) {

  static ObservationPage of(
      String indicator, Edition edition, ObservationSnapshot snapshot, int[] rows, Paging paging) {
    return new ObservationPage(
        indicator,
        edition.vintage(),
        edition.asOf() == null ? null : edition.asOf().toString(),
        snapshot.version(),
        paging.describe(rows.length),
        ObservationFields.render(snapshot, paging.slice(rows)));
  }
}
