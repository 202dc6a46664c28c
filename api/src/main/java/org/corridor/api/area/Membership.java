package org.corridor.api.area;

import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.GroupKind;

/** An aggregate a country belongs to. */
@Schema(name = "Membership", description = "An aggregate a country belongs to")
record Membership(
    @Schema(example = "SDG_419") String code,
    @Schema(example = "Latin America and the Caribbean") String name,
    @Schema(example = "SDG_REGION") GroupKind groupKind) {

  static Membership of(AreaGroup group) {
    return new Membership(group.code(), group.name(), group.kind());
  }
}
