package org.corridor.api.admin;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the API serves after a forced check of the table. */
@Schema(name = "ReloadResult", description = "The table version served after the reload")
record ReloadResult(
    @Schema(description = "Table checked", example = "gold.indicator_observation") String table,
    @Schema(description = "Delta version served; -1 when the table does not exist", example = "12")
        long tableVersion,
    @Schema(description = "Rows served", example = "196000") int rows) {}
