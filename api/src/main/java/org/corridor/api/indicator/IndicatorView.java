package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.Direction;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorStatus;

/** One catalogue entry as the API answers it. */
@Schema(name = "Indicator", description = "One entry of the indicator catalogue")
record IndicatorView(
    @Schema(description = "Indicator code", example = "17.3.2") String code,
    String name,
    String description,
    @Schema(description = "SDG targets served", example = "[\"17.3\"]") List<String> sdgTargets,
    @Schema(description = "GCM objectives served", example = "[19, 20]")
        List<Integer> gcmObjectives,
    @Schema(description = "GFMD roundtables served", example = "[\"RT2\"]")
        List<String> gfmdRoundtables,
    @Schema(description = "Unit code", example = "PERCENT_GDP") String unit,
    @Schema(description = "Unit for display", example = "% of GDP") String unitLabel,
    String custodian,
    @Schema(description = "How country values are computed") String computation,
    @Schema(description = "How country values combine into aggregates")
        AggregationMethod aggregation,
    @Schema(
            description =
                "Factor a ratio of sums or a share is multiplied by (100 for a percentage)",
            example = "100")
        double scale,
    @Schema(description = "Direction of progress") Direction direction,
    @Schema(description = "Quantified target, null where the indicator has none") TargetView target,
    @Schema(description = "COMPUTED when Corridor publishes observations, DECLARED otherwise")
        IndicatorStatus status) {

  static IndicatorView of(Indicator indicator) {
    return new IndicatorView(
        indicator.code(),
        indicator.name(),
        indicator.description(),
        indicator.sdgTargets(),
        indicator.gcmObjectives(),
        indicator.gfmdRoundtables(),
        indicator.unit(),
        indicator.unitLabel(),
        indicator.custodian(),
        indicator.computation(),
        indicator.aggregation(),
        indicator.scale(),
        indicator.direction(),
        indicator.target().map(TargetView::of).orElse(null),
        indicator.status());
  }
}
