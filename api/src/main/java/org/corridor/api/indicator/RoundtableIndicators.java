package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A GFMD roundtable or sub-theme and the catalogue indicators it lists. */
@Schema(name = "GfmdRoundtableIndicators", description = "A GFMD roundtable and its indicators")
record RoundtableIndicators(RoundtableEntry roundtable, List<IndicatorView> indicators) {}
