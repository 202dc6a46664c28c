package org.corridor.api.admin;

import io.swagger.v3.oas.annotations.media.Schema;

/** What to call a new vintage, and why it was made. */
@Schema(name = "VintageRequest", description = "The vintage to create")
record VintageRequest(
    @Schema(
            description = "Vintage name, never taken before",
            pattern = "^[a-z0-9][a-z0-9._-]*$",
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "gfmd-2025")
        String name,
    @Schema(description = "Free note", nullable = true, example = "figures for the GFMD summit")
        String note) {}
