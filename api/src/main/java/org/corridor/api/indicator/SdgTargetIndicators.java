package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An SDG target and the catalogue indicators that serve it. */
@Schema(name = "SdgTargetIndicators", description = "An SDG target and its indicators")
record SdgTargetIndicators(SdgTargetEntry target, List<IndicatorView> indicators) {}
