package org.corridor.api.sdmx;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.corridor.api.http.ResponseLimits;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.vintage.EditionSnapshot;
import org.corridor.api.vintage.Vintages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SDMX REST 1.x data queries on the one dataflow: {@code /sdmx/rest/data/{flowRef}/{key}}, as
 * SDMX-JSON 2.0, SDMX-CSV 2.0 or SDMX-ML 2.1 generic data. The answer holds every matching
 * observation, unpaged, as SDMX clients expect.
 */
@RestController
@Tag(name = "SDMX", description = "SDMX REST data and structure queries")
class SdmxDataController {
  static final String TIME_AT_OBSERVATION = "TIME_PERIOD";
  static final String ALL_AT_OBSERVATION = "AllDimensions";

  private final Vintages vintages;
  private final ResponseLimits limits;

  SdmxDataController(Vintages vintages, ResponseLimits limits) {
    this.vintages = vintages;
    this.limits = limits;
  }

  @GetMapping(
      path = {"/sdmx/rest/data/{flowRef}", "/sdmx/rest/data/{flowRef}/{key}"},
      produces = {
        SdmxMediaTypes.DATA_JSON_VALUE,
        SdmxMediaTypes.DATA_CSV_VALUE,
        SdmxMediaTypes.GENERIC_DATA_VALUE,
        MediaType.APPLICATION_JSON_VALUE
      })
  @Operation(
      summary = "Get data as SDMX",
      description =
          "Observations of dataflow CORRIDOR,DF_MIGRATION,1.0 selected by an SDMX 1.x key: all,"
              + " or one position per dimension INDICATOR.SERIES.REF_AREA.SEX.AGE.ORIGIN."
              + "DESTINATION.PROVIDER_TYPE.POLICY_DOMAIN, each empty (any) or codes joined by +."
              + " Codes are SDMX ids: dots in Corridor codes become _ (17.3.2 is 17_3_2), a null"
              + " disaggregation is _Z. A period bound keeps every observation whose period"
              + " overlaps it. SDMX-JSON 2.0 by default; SDMX-CSV 2.0 with Accept"
              + " application/vnd.sdmx.data+csv;version=2.0.0 or format=csv; SDMX-ML 2.1 generic"
              + " data with Accept application/vnd.sdmx.genericdata+xml;version=2.1 or format=xml."
              + " vintage=<name> answers as a vintage pinned the table, asOf=<instant> as it was"
              + " then; a vintage or instant with no matching observation, e.g. one before the"
              + " table existed, answers NoResultsFound.")
  @ApiResponse(
      responseCode = "200",
      description = "The matching observations",
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
            mediaType = SdmxMediaTypes.DATA_JSON_VALUE,
            examples = @ExampleObject(name = "17.3.2 SLV", value = Examples.DATA_JSON)),
        @Content(
            mediaType = SdmxMediaTypes.DATA_CSV_VALUE,
            examples = @ExampleObject(name = "17.3.2 SLV", value = Examples.DATA_CSV)),
        @Content(
            mediaType = SdmxMediaTypes.GENERIC_DATA_VALUE,
            examples = @ExampleObject(name = "17.3.2 SLV", value = Examples.GENERIC_DATA))
      })
  @ApiResponse(
      responseCode = "400",
      description =
          "The key, a period, an observation count, dimensionAtObservation or asOf is malformed,"
              + " or vintage and asOf are both given",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "short key", value = Examples.SHORT_KEY)))
  @ApiResponse(
      responseCode = "404",
      description =
          "Unknown dataflow, no vintage of this name, or no observation matches (NoResultsFound)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = {
                @ExampleObject(name = "no results", value = Examples.NO_RESULTS),
                @ExampleObject(name = "unknown vintage", value = Examples.UNKNOWN_VINTAGE)
              }))
  @ApiResponse(
      responseCode = "413",
      description =
          "The query selects more observations than one answer holds"
              + " (corridor.limits.max-observations, a million by default)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
  ResponseEntity<SdmxData> data(
      @Parameter(
              description = "Dataflow: id, agency,id or agency,id,version",
              example = "CORRIDOR,DF_MIGRATION,1.0")
          @PathVariable("flowRef")
          String flowRef,
      @Parameter(description = "Series key, or all", example = "17_3_2..SLV+GTM......")
          @PathVariable(name = "key", required = false)
          String key,
      @Parameter(
              description = "First period, inclusive",
              schema = @Schema(type = "string", example = "2010"))
          @RequestParam(name = "startPeriod", required = false)
          String startPeriod,
      @Parameter(
              description = "Last period, inclusive",
              schema = @Schema(type = "string", example = "2016-Q4"))
          @RequestParam(name = "endPeriod", required = false)
          String endPeriod,
      @Parameter(description = "Keep the first N observations of each series", example = "1")
          @RequestParam(name = "firstNObservations", required = false)
          Integer firstNObservations,
      @Parameter(description = "Keep the last N observations of each series", example = "1")
          @RequestParam(name = "lastNObservations", required = false)
          Integer lastNObservations,
      @Parameter(
              description = "TIME_PERIOD for time series, AllDimensions for flat observations",
              schema = @Schema(allowableValues = {TIME_AT_OBSERVATION, ALL_AT_OBSERVATION}))
          @RequestParam(name = "dimensionAtObservation", defaultValue = TIME_AT_OBSERVATION)
          String dimensionAtObservation,
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
      @Parameter(
              description = "Overrides the Accept header",
              schema =
                  @Schema(
                      allowableValues = {
                        "json",
                        "jsondata",
                        "csv",
                        "csvfile",
                        "xml",
                        "genericdata"
                      }))
          @RequestParam(name = "format", required = false)
          String format,
      @Parameter(
              description = "Amount of detail; only full is served",
              schema = @Schema(allowableValues = {Detail.FULL}))
          @RequestParam(name = "detail", defaultValue = Detail.FULL)
          String detail) {
    Detail.requireFull(detail);
    ArtefactQuery.requireDataflow(flowRef);
    SeriesKeyFilter filter = SeriesKeyFilter.parse(key);
    PeriodRange periods = PeriodRange.parse(startPeriod, endPeriod);
    SeriesCut cut = SeriesCut.parse(firstNObservations, lastNObservations);
    List<String> atObservation = List.of(TIME_AT_OBSERVATION, ALL_AT_OBSERVATION);
    if (!atObservation.contains(dimensionAtObservation)) {
      throw ApiErrors.notAllowed("dimensionAtObservation", dimensionAtObservation, atObservation);
    }
    var mediaType = SdmxMediaTypes.ofFormat(format);
    EditionSnapshot read =
        vintages.snapshot(vintages.edition(vintage, asOf), ObservationSnapshot.TABLE);
    ObservationSnapshot snapshot = ObservationSnapshot.of(read.snapshot());
    List<int[]> series = SdmxSelection.select(snapshot, filter, periods, cut);
    if (series.isEmpty()) {
      throw ApiErrors.noResultsFound(key == null ? "all" : key);
    }
    limits.requireAtMost(series.stream().mapToLong(rows -> rows.length).sum(), "key");
    var response = read.ok();
    mediaType.ifPresent(response::contentType);
    return response.body(
        new SdmxData(snapshot, series, dimensionAtObservation.equals(ALL_AT_OBSERVATION)));
  }
}
