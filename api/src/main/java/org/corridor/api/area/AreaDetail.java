package org.corridor.api.area;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One area with the aggregates it belongs to, named. */
@Schema(name = "AreaDetail", description = "A country or aggregate with its memberships")
record AreaDetail(
    @Schema(description = "The area as the area list answers it") AreaEntry area,
    @Schema(description = "The aggregates a country belongs to; empty for an aggregate")
        List<Membership> memberships) {}
