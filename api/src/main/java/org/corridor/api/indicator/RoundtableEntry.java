package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;

/**
 * A GFMD roundtable or one of its sub-themes with the number of catalogue indicators it lists; a
 * roundtable counts the indicators tagged with any of its sub-themes too.
 */
@Schema(name = "GfmdRoundtable", description = "A GFMD roundtable or roundtable sub-theme")
record RoundtableEntry(
    @Schema(description = "Roundtable (RT2) or sub-theme (RT2a) code", example = "RT2") String code,
    @Schema(description = "ROUNDTABLE or SUB_THEME", example = "ROUNDTABLE") RoundtableKind kind,
    @Schema(description = "Title in the GFMD matrix") String title,
    @Schema(description = "Code of the GFMD theme", example = "T1") String theme,
    @Schema(description = "For a sub-theme, its roundtable; null for a roundtable", example = "RT2")
        String roundtable,
    @Schema(description = "Catalogue indicators listed", example = "6") int indicatorCount) {

  static final List<String> CSV_HEADER =
      List.of("code", "kind", "title", "theme", "roundtable", "indicatorCount");

  List<String> csvRecord() {
    return Arrays.asList(
        code, kind.name(), title, theme, roundtable, Integer.toString(indicatorCount));
  }
}
