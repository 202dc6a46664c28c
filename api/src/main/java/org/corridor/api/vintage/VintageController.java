package org.corridor.api.vintage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.api.format.TableResponse;
import org.corridor.api.observation.Paging;
import org.corridor.api.observation.ResponseFormat;
import org.corridor.api.store.ObservationSnapshot;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The vintages of the warehouse and the revisions between two of them. */
@RestController
@Tag(
    name = "Vintages",
    description =
        "Names pinned to the Delta versions of the gold tables, so that published figures can be"
            + " read again exactly")
class VintageController {
  private final Vintages vintages;

  VintageController(Vintages vintages) {
    this.vintages = vintages;
  }

  @GetMapping(
      path = "/api/v1/vintages",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "List the vintages",
      description =
          "Every vintage, oldest first: its name, creation time, note and the Delta version it"
              + " pins of each gold table (a table that did not exist when the vintage was"
              + " created is absent). Created with `corridor vintage create <name>` or POST"
              + " /api/v1/admin/vintages. Any data"
              + " endpoint answers as a vintage with vintage=<name>. CSV (Accept: text/csv or"
              + " format=csv) has one row per vintage and pinned table.")
  @ApiResponse(
      responseCode = "200",
      description = "The vintages",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = VintageList.class),
            examples = @ExampleObject(name = "two vintages", value = Examples.LIST)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "two vintages", value = Examples.LIST_CSV))
      })
  ResponseEntity<VintageList> list(
      @Parameter(
              description = "Overrides the Accept header",
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    return TableResponse.of(vintages.list(), format);
  }

  @GetMapping(path = "/api/v1/vintages/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Get one vintage",
      description =
          "A vintage's name, creation time, note and the Delta version it pins of each gold"
              + " table.")
  @ApiResponse(
      responseCode = "200",
      description = "The vintage",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = VintageEntry.class),
              examples = @ExampleObject(name = "gfmd-2025", value = Examples.ONE)))
  @ApiResponse(
      responseCode = "404",
      description = "No vintage has this name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_NAME)))
  VintageEntry vintage(
      @Parameter(description = "Vintage name", example = "gfmd-2025") @PathVariable("name")
          String name) {
    return vintages.require("name", name);
  }

  @GetMapping(
      path = "/api/v1/vintages/{from}/revisions/{to}",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "Get the revisions between two vintages",
      description =
          "The observations of gold.indicator_observation ADDED in vintage `to`, CHANGED (old"
              + " and new value) and WITHDRAWN since vintage `from`, compared on the natural key"
              + " (indicator, series, area, period and disaggregations), as `corridor vintage"
              + " revisions` reports them. Only a value that moved is a revision: a row a later"
              + " run recomputed to the same number is not. The counts cover the whole"
              + " comparison; the rows are paged.")
  @ApiResponse(
      responseCode = "200",
      description = "One page of revisions",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = RevisionPage.class),
            examples = @ExampleObject(name = "gfmd-2024 to gfmd-2025", value = Examples.REVISIONS)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples =
                @ExampleObject(name = "gfmd-2024 to gfmd-2025", value = Examples.REVISIONS_CSV))
      })
  @ApiResponse(
      responseCode = "404",
      description = "No vintage has one of these names",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "unknown vintage", value = Examples.UNKNOWN_VINTAGE)))
  ResponseEntity<RevisionPage> revisions(
      @Parameter(description = "The older vintage", example = "gfmd-2024") @PathVariable("from")
          String from,
      @Parameter(description = "The newer vintage", example = "gfmd-2025") @PathVariable("to")
          String to,
      @Parameter(description = "0-based page number", example = "0")
          @RequestParam(name = "page", defaultValue = "0")
          int page,
      @Parameter(description = "Revisions per page, 1 to 10000", example = "1000")
          @RequestParam(name = "pageSize", defaultValue = "" + Paging.DEFAULT_SIZE)
          int pageSize,
      @Parameter(
              description = "Overrides the Accept header",
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    VintageEntry older = vintages.require("from", from);
    VintageEntry newer = vintages.require("to", to);
    Paging paging = new Paging(page, pageSize);
    RevisionComparison comparison =
        RevisionComparison.between(
            vintages.pinned(older, ObservationSnapshot.TABLE).snapshot(),
            vintages.pinned(newer, ObservationSnapshot.TABLE).snapshot());
    return TableResponse.of(RevisionPage.of(from, to, comparison, paging), format);
  }
}
