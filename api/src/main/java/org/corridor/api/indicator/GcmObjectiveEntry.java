package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.corridor.warehouse.reference.GcmObjective;

/** A GCM objective with the number of catalogue indicators that serve it. */
@Schema(name = "GcmObjective", description = "An objective of the Global Compact for Migration")
record GcmObjectiveEntry(
    @Schema(description = "Objective number, 1 to 23", example = "20") int number,
    @Schema(description = "Short label", example = "remittances") String shortLabel,
    @Schema(description = "The objective as worded in the Compact") String title,
    @Schema(description = "Catalogue indicators serving the objective", example = "3")
        int indicatorCount) {

  static final List<String> CSV_HEADER = List.of("number", "shortLabel", "title", "indicatorCount");

  static GcmObjectiveEntry of(GcmObjective objective, int indicatorCount) {
    return new GcmObjectiveEntry(
        objective.number(), objective.shortLabel(), objective.title(), indicatorCount);
  }

  List<String> csvRecord() {
    return Arrays.asList(
        Integer.toString(number), shortLabel, title, Integer.toString(indicatorCount));
  }
}
