package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A GCM objective and the catalogue indicators that serve it. */
@Schema(name = "GcmObjectiveIndicators", description = "A GCM objective and its indicators")
record GcmObjectiveIndicators(GcmObjectiveEntry objective, List<IndicatorView> indicators) {}
