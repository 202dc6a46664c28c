package org.corridor.api.observation;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a page sits in the whole answer. */
@Schema(name = "Page", description = "Position of this page in the whole answer")
public record PageInfo(
    @Schema(description = "0-based page number", example = "0") int number,
    @Schema(description = "Requested page size", example = "1000") int size,
    @Schema(description = "Rows in the whole answer", example = "2") long totalElements,
    @Schema(description = "Pages in the whole answer", example = "1") long totalPages) {}
