package org.corridor.warehouse.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One catalogue entry: what an indicator measures, where it comes from, how it is computed and
 * aggregated, and which SDG targets, GCM objectives and GFMD roundtables it serves. {@code scale}
 * is the factor a ratio of sums or a share is multiplied by (100 for a percentage), so that a group
 * of any countries can be aggregated by the indicator's own rule.
 */
public record Indicator(
    String code,
    String name,
    String description,
    List<String> sdgTargets,
    List<Integer> gcmObjectives,
    List<String> gfmdRoundtables,
    String unit,
    String unitLabel,
    List<String> sourceTables,
    String custodian,
    String computation,
    AggregationMethod aggregation,
    double scale,
    Direction direction,
    Optional<Target> target,
    IndicatorStatus status) {

  public Indicator {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(description, "description is null");
    sdgTargets = List.copyOf(sdgTargets);
    gcmObjectives = List.copyOf(gcmObjectives);
    gfmdRoundtables = List.copyOf(gfmdRoundtables);
    requireNonNull(unit, "unit is null");
    requireNonNull(unitLabel, "unitLabel is null");
    sourceTables = List.copyOf(sourceTables);
    requireNonNull(custodian, "custodian is null");
    requireNonNull(computation, "computation is null");
    requireNonNull(aggregation, "aggregation is null");
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException(code + ": scale must be a positive number, was " + scale);
    }
    requireNonNull(direction, "direction is null");
    requireNonNull(target, "target is null");
    requireNonNull(status, "status is null");
  }

  public boolean computed() {
    return status == IndicatorStatus.COMPUTED;
  }
}
