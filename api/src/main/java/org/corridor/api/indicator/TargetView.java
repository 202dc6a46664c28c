package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.warehouse.catalogue.Target;

/** An indicator's quantified target as the API answers it. */
@Schema(name = "Target", description = "A value to reach by a year")
record TargetView(
    @Schema(example = "3.0") double value,
    @Schema(example = "2030") int year,
    @Schema(description = "The target as the SDG or GCM text states it") String statement) {

  static TargetView of(Target target) {
    return new TargetView(target.value(), target.year(), target.statement());
  }
}
