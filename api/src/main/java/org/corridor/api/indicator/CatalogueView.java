package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The whole catalogue with the version of its data file. */
@Schema(name = "Catalogue", description = "The indicator catalogue")
record CatalogueView(
    @Schema(description = "Version of the catalogue data file", example = "2026.1")
        String catalogueVersion,
    List<IndicatorView> indicators) {}
