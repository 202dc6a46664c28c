package org.corridor.api.observation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.api.area.AreaCodes;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.vintage.EditionSnapshot;
import org.corridor.api.vintage.Vintages;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An indicator's observations, filtered by area and years, paged, as JSON or CSV. */
@RestController
@Tag(name = "Observations", description = "Indicator values per area and period")
class ObservationController {
  private final IndicatorCatalogue catalogue;
  private final Vintages vintages;
  private final AreaCodes areaCodes;

  ObservationController(IndicatorCatalogue catalogue, Vintages vintages, AreaCodes areaCodes) {
    this.catalogue = catalogue;
    this.vintages = vintages;
    this.areaCodes = areaCodes;
  }

  @GetMapping(
      path = "/api/v1/indicators/{code}/observations",
      produces = {
        MediaType.APPLICATION_JSON_VALUE,
        ResponseFormat.TEXT_CSV_VALUE,
        ArrowStream.MEDIA_TYPE_VALUE
      })
  @Operation(
      summary = "Get an indicator's observations",
      description =
          "Country and aggregate values of one indicator, sorted by area then period, with"
              + " numerator, denominator, aggregation method and coverage. JSON by default; CSV"
              + " with Accept: text/csv or format=csv, with the JSON field names as header row;"
              + " an Arrow IPC stream with Accept: application/vnd.apache.arrow.stream or"
              + " format=arrow, one record batch whose fields are the JSON fields typed from the"
              + " table's columns, the schema metadata naming indicator, tableVersion, vintage"
              + " and page. An indicator the catalogue declares but Corridor does not compute yet answers"
              + " an empty list. An indicator whose custodian publishes no aggregate (10.7.1)"
              + " answers 400 not-aggregable for an aggregate area rather than a number."
              + " vintage=<name> answers as a vintage pinned the table, asOf=<instant> as it was"
              + " then.")
  @ApiResponse(
      responseCode = "200",
      description = "One page of observations",
      headers = {
        @Header(
            name = EditionSnapshot.TABLE_VERSION_HEADER,
            description = "Delta version of gold.indicator_observation answered from",
            schema = @Schema(type = "integer", format = "int64")),
        @Header(
            name = EditionSnapshot.VINTAGE_HEADER,
            description = "The vintage answered from, latest, or the asOf instant",
            schema = @Schema(type = "string"))
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ObservationPage.class),
            examples = @ExampleObject(name = "17.3.2", value = Examples.PAGE)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "17.3.2", value = Examples.CSV)),
        @Content(
            mediaType = ArrowStream.MEDIA_TYPE_VALUE,
            schema = @Schema(type = "string", format = "binary"))
      })
  @ApiResponse(
      responseCode = "400",
      description = "A parameter is unknown, malformed or out of range",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = {
                @ExampleObject(name = "unknown area", value = Examples.UNKNOWN_AREA),
                @ExampleObject(name = "not aggregable", value = Examples.NOT_AGGREGABLE),
                @ExampleObject(name = "reversed years", value = Examples.REVERSED_YEARS)
              }))
  @ApiResponse(
      responseCode = "404",
      description = "No indicator has this code, or no vintage this name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = {
                @ExampleObject(name = "unknown", value = Examples.UNKNOWN_INDICATOR),
                @ExampleObject(name = "unknown vintage", value = Examples.UNKNOWN_VINTAGE)
              }))
  ResponseEntity<ObservationPage> observations(
      @Parameter(description = "Indicator code", example = "17.3.2") @PathVariable("code")
          String code,
      @Parameter(
              description =
                  "Areas to keep: ISO3 country codes or aggregate codes, repeated or"
                      + " comma-separated; all areas when absent",
              array = @ArraySchema(schema = @Schema(type = "string", example = "SLV")))
          @RequestParam(name = "area", required = false)
          List<String> area,
      @Parameter(
              description = "First year, inclusive",
              schema = @Schema(type = "string", pattern = "^[0-9]{4}$", example = "2010"))
          @RequestParam(name = "from", required = false)
          String from,
      @Parameter(
              description = "Last year, inclusive",
              schema = @Schema(type = "string", pattern = "^[0-9]{4}$", example = "2020"))
          @RequestParam(name = "to", required = false)
          String to,
      @Parameter(
              description =
                  "Series within the indicator (e.g. CORRIDOR_USD200 for 10.c.1), repeated or"
                      + " comma-separated",
              example = "CORRIDOR_USD200")
          @RequestParam(name = "series", required = false)
          List<String> series,
      @Parameter(
              description = "Sex: F, M, _T (both), or _Z for observations without a sex breakdown",
              schema = @Schema(allowableValues = {"F", "M", "_T", "_Z"}))
          @RequestParam(name = "sex", required = false)
          List<String> sex,
      @Parameter(description = "Age group code; _Z for observations without an age breakdown")
          @RequestParam(name = "age", required = false)
          List<String> age,
      @Parameter(
              description = "Corridor origin ISO3 (10.c.1: the sending country)",
              example = "USA")
          @RequestParam(name = "origin", required = false)
          List<String> origin,
      @Parameter(
              description = "Corridor destination ISO3 (10.c.1: the receiving country)",
              example = "MEX")
          @RequestParam(name = "destination", required = false)
          List<String> destination,
      @Parameter(description = "Remittance service provider type; _Z for all providers together")
          @RequestParam(name = "providerType", required = false)
          List<String> providerType,
      @Parameter(description = "10.7.2 policy domain 1-6; _Z for the overall figure")
          @RequestParam(name = "policyDomain", required = false)
          List<String> policyDomain,
      @Parameter(
              description =
                  "Keep only the N most recent periods of each series (area and breakdowns), 1 to "
                      + LatestPeriods.MAX,
              example = "1")
          @RequestParam(name = "latest", required = false)
          Integer latest,
      @Parameter(
              description =
                  "Order: area (then period; the default), period, value; a leading - reverses",
              schema =
                  @Schema(
                      allowableValues = {"area", "-area", "period", "-period", "value", "-value"}))
          @RequestParam(name = "sort", required = false)
          String sort,
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
      @Parameter(description = "Observations per page, 1 to 10000", example = "1000")
          @RequestParam(name = "pageSize", defaultValue = "" + Paging.DEFAULT_SIZE)
          int pageSize,
      @Parameter(
              description = "Overrides the Accept header",
              schema = @Schema(allowableValues = {"json", "csv", "arrow"}))
          @RequestParam(name = "format", required = false)
          String format) {
    Indicator indicator = catalogue.find(code).orElseThrow(() -> ApiErrors.unknownIndicator(code));
    var mediaType = ResponseFormat.of(format, Map.of("arrow", ArrowStream.MEDIA_TYPE));
    Set<String> areas = areaCodes.require(area == null ? List.of() : area);
    List<String> groups = areaCodes.groupsAmong(areas);
    if (indicator.aggregation() == AggregationMethod.NOT_AGGREGABLE && !groups.isEmpty()) {
      throw ApiErrors.notAggregable(code, groups);
    }
    YearRange years = YearRange.parse(from, to);
    Breakdowns breakdowns =
        Breakdowns.of(series, sex, age, origin, destination, providerType, policyDomain);
    if (latest != null && (latest < 1 || latest > LatestPeriods.MAX)) {
      throw ApiErrors.outOfRange("latest", latest, 1, LatestPeriods.MAX);
    }
    ObservationOrder order = ObservationOrder.parse(sort);
    Paging paging = new Paging(page, pageSize);
    EditionSnapshot read =
        vintages.snapshot(vintages.edition(vintage, asOf), ObservationSnapshot.TABLE);
    ObservationSnapshot snapshot = ObservationSnapshot.of(read.snapshot());
    int[] rows = new ObservationQuery(code, areas, years, breakdowns, latest, order).rows(snapshot);
    var response = read.ok();
    mediaType.ifPresent(response::contentType);
    return response.body(ObservationPage.of(code, read.edition(), snapshot, rows, paging));
  }
}
