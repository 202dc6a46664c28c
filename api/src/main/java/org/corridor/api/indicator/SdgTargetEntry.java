package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.corridor.warehouse.reference.SdgTarget;

/** An SDG target with the number of catalogue indicators that serve it. */
@Schema(name = "SdgTarget", description = "An SDG target of the warehouse's reference list")
record SdgTargetEntry(
    @Schema(description = "Official target code", example = "10.c") String code,
    @Schema(description = "Goal number", example = "10") int goal,
    @Schema(description = "The target as worded by the UN") String title,
    @Schema(description = "Catalogue indicators serving the target", example = "3")
        int indicatorCount) {

  static final List<String> CSV_HEADER = List.of("code", "goal", "title", "indicatorCount");

  static SdgTargetEntry of(SdgTarget target, int indicatorCount) {
    return new SdgTargetEntry(target.code(), target.goal(), target.title(), indicatorCount);
  }

  List<String> csvRecord() {
    return Arrays.asList(code, Integer.toString(goal), title, Integer.toString(indicatorCount));
  }
}
