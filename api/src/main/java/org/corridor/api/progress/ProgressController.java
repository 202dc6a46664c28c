package org.corridor.api.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.api.area.AreaCodes;
import org.corridor.api.http.QueryValues;
import org.corridor.api.observation.Paging;
import org.corridor.api.observation.ResponseFormat;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.vintage.EditionSnapshot;
import org.corridor.api.vintage.Vintages;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.GoldTables;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Progress assessments towards the 2030 targets, filtered, paged, as JSON or CSV. */
@RestController
@Tag(name = "Progress", description = "Progress of indicators towards their 2030 targets")
class ProgressController {
  /** The assessment methods of {@code gold.progress_assessment}. */
  static final List<String> METHODS = List.of("OPEN_SDG", "ESCAP");

  private final IndicatorCatalogue catalogue;
  private final AreaCodes areaCodes;
  private final Vintages vintages;

  ProgressController(IndicatorCatalogue catalogue, AreaCodes areaCodes, Vintages vintages) {
    this.catalogue = catalogue;
    this.areaCodes = areaCodes;
    this.vintages = vintages;
  }

  @GetMapping(
      path = "/api/v1/progress",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "Get progress assessments",
      description =
          "Each indicator series' progress from its baseline (2015 or the first period after) to"
              + " its latest period, by two methods: OPEN_SDG (observed against required compound"
              + " annual growth, UN Statistics Division / Open SDG) and ESCAP (UN ESCAP's"
              + " anticipated progress index). Every row carries the baseline and latest values,"
              + " the target, both growth rates, the ratio, the category and the thresholds the"
              + " category was read from, as the method states them. Sorted by indicator, area,"
              + " series and method. JSON by default; CSV with Accept: text/csv or format=csv."
              + " vintage=<name> answers as a vintage pinned the table, asOf=<instant> as it was"
              + " then.")
  @ApiResponse(
      responseCode = "200",
      description = "One page of assessments",
      headers = {
        @Header(
            name = EditionSnapshot.TABLE_VERSION_HEADER,
            description = "Delta version of gold.progress_assessment answered from",
            schema = @Schema(type = "integer", format = "int64")),
        @Header(
            name = EditionSnapshot.VINTAGE_HEADER,
            description = "The vintage answered from, latest, or the asOf instant",
            schema = @Schema(type = "string"))
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ProgressPage.class),
            examples = @ExampleObject(name = "10.c.1", value = Examples.PAGE)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "10.c.1", value = Examples.CSV))
      })
  @ApiResponse(
      responseCode = "400",
      description = "A parameter is unknown, malformed or out of range",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = {
                @ExampleObject(name = "unknown method", value = Examples.UNKNOWN_METHOD),
                @ExampleObject(name = "unknown indicator", value = Examples.UNKNOWN_INDICATOR)
              }))
  @ApiResponse(
      responseCode = "404",
      description = "No vintage has this name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "unknown vintage", value = Examples.UNKNOWN_VINTAGE)))
  ResponseEntity<ProgressPage> progress(
      @Parameter(
              description = "Indicator codes, repeated or comma-separated; all when absent",
              array = @ArraySchema(schema = @Schema(type = "string", example = "10.c.1")))
          @RequestParam(name = "indicator", required = false)
          List<String> indicator,
      @Parameter(
              description =
                  "Areas: ISO3 country codes or aggregate codes, repeated or comma-separated; all"
                      + " when absent",
              array = @ArraySchema(schema = @Schema(type = "string", example = "SLV")))
          @RequestParam(name = "area", required = false)
          List<String> area,
      @Parameter(
              description = "Assessment methods, repeated or comma-separated; both when absent",
              array = @ArraySchema(schema = @Schema(allowableValues = {"OPEN_SDG", "ESCAP"})))
          @RequestParam(name = "method", required = false)
          List<String> method,
      @Parameter(description = "Answer as this vintage pinned the table", example = "gfmd-2025")
          @RequestParam(name = "vintage", required = false)
          String vintage,
      @Parameter(
              description =
                  "Answer as the table was at this ISO-8601 instant (the last version committed"
                      + " by then); not with vintage",
              example = "2025-03-01T00:00:00Z")
          @RequestParam(name = "asOf", required = false)
          String asOf,
      @Parameter(description = "0-based page number", example = "0")
          @RequestParam(name = "page", defaultValue = "0")
          int page,
      @Parameter(description = "Assessments per page, 1 to 10000", example = "1000")
          @RequestParam(name = "pageSize", defaultValue = "" + Paging.DEFAULT_SIZE)
          int pageSize,
      @Parameter(
              description = "Overrides the Accept header",
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    var mediaType = ResponseFormat.of(format);
    Set<String> indicators = requireIndicators(QueryValues.distinct(indicator));
    Set<String> areas = areaCodes.require(area == null ? List.of() : area);
    Set<String> methods = QueryValues.distinct(method);
    methods.stream()
        .filter(m -> !METHODS.contains(m))
        .findFirst()
        .ifPresent(
            m -> {
              throw ApiErrors.unsupportedValue("method", m, METHODS);
            });
    Paging paging = new Paging(page, pageSize);
    EditionSnapshot read =
        vintages.snapshot(vintages.edition(vintage, asOf), GoldTables.PROGRESS_ASSESSMENT);
    int[] rows = new ProgressSelection(indicators, areas, methods).select(read.snapshot());
    var response = read.ok();
    mediaType.ifPresent(response::contentType);
    return response.body(ProgressPage.of(read, rows, paging));
  }

  private Set<String> requireIndicators(Set<String> codes) {
    List<String> unknown = new ArrayList<>();
    for (String code : codes) {
      if (catalogue.find(code).isEmpty()) {
        unknown.add(code);
      }
    }
    if (!unknown.isEmpty()) {
      throw ApiErrors.unknownIndicators(unknown);
    }
    return codes;
  }
}
