package org.corridor.api.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.corridor.api.format.TableResponse;
import org.corridor.api.observation.Paging;
import org.corridor.api.observation.ResponseFormat;
import org.corridor.warehouse.reference.ActivityCodes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What RCPs report doing, and the GFMD's activities and practices, record by record. */
@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Activities",
    description = "Activity records of the RCPs and of the GFMD, from the silver activity tables")
class ActivityController {
  private static final String FORMAT_DESCRIPTION = "Overrides the Accept header";
  private static final String RECORDS_DESCRIPTION =
      " Every filter is repeated or comma-separated and keeps a record matching any of its values;"
          + " filters combine with AND. year=Y keeps the records naming Y and the undated records"
          + " of sources whose reference year is Y, as gold counts them: a source's reference"
          + " year is the latest year its name or any of its records names, and an undated"
          + " record of a source naming no year matches no year. The records are served from"
          + " the latest version of the silver table, which no vintage pins, so vintage= and"
          + " asOf= are not taken. JSON by default; CSV with Accept: text/csv or format=csv,"
          + " with the JSON field names as header row and a list's elements separated by ';'.";
  private static final String YEAR_DESCRIPTION =
      "Years the record is counted in (named, or its source's reference year if it names none)";
  private static final String GCM_DESCRIPTION = "GCM objective numbers the record is tagged with";
  private static final String COUNTRY_DESCRIPTION = "ISO3 codes of countries the record mentions";

  private final RcpActivities rcps;
  private final GfmdActivities gfmd;
  private final FilterValues filters;

  ActivityController(RcpActivities rcps, GfmdActivities gfmd, FilterValues filters) {
    this.rcps = rcps;
    this.gfmd = gfmd;
    this.filters = filters;
  }

  @GetMapping(
      path = "/rcps",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "List the RCPs",
      description =
          "Every Regional Consultative Process on migration of Corridor's RCP list, in its"
              + " order, with its name, area code, RCP annex group, number of member states and"
              + " the number of its records in silver.rcp_activity per status: REPORTED"
              + " activities, NO_EXAMPLE_PROVIDED (the RCP answered it had none) and"
              + " NO_RESPONSE_GIVEN. JSON by default; CSV with Accept: text/csv or format=csv.")
  @ApiResponse(
      responseCode = "200",
      description = "The RCPs",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = RcpList.class),
            examples = @ExampleObject(name = "rcps", value = Examples.RCPS)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "rcps", value = Examples.RCPS_CSV))
      })
  ResponseEntity<RcpList> rcps(
      @Parameter(
              description = FORMAT_DESCRIPTION,
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    return TableResponse.of(rcps.list(), format);
  }

  @GetMapping(
      path = "/rcps/{code}/activities",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "Get an RCP's activity records",
      description =
          "The records of one RCP in silver.rcp_activity, by source, activity column and"
              + " sequence, paged. roundtable=RT2 keeps the records tagged RT2 or one of its"
              + " sub-themes (RT2a, ...), roundtable=RT2a those tagged RT2a."
              + RECORDS_DESCRIPTION)
  @ApiResponse(
      responseCode = "200",
      description = "One page of the RCP's records",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ActivityPage.class),
            examples = @ExampleObject(name = "MIDSA", value = Examples.RCP_ACTIVITIES)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "MIDSA", value = Examples.RCP_ACTIVITIES_CSV))
      })
  @ApiResponse(
      responseCode = "400",
      description = "A parameter is unknown, malformed or not one of its allowed values",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = {
                @ExampleObject(name = "status", value = Examples.UNSUPPORTED_STATUS),
                @ExampleObject(name = "roundtable", value = Examples.UNKNOWN_ROUNDTABLE)
              }))
  @ApiResponse(
      responseCode = "404",
      description = "No RCP has this code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_RCP)))
  ResponseEntity<ActivityPage> rcpActivities(
      @Parameter(description = "RCP code, as GET /api/v1/rcps lists them", example = "MIDSA")
          @PathVariable("code")
          String code,
      @Parameter(
              description = YEAR_DESCRIPTION,
              array = @ArraySchema(schema = @Schema(type = "string", example = "2007")))
          @RequestParam(name = "year", required = false)
          List<String> year,
      @Parameter(
              description = "Activity column of the RCP annex",
              array =
                  @ArraySchema(
                      schema =
                          @Schema(
                              allowableValues = {
                                "research",
                                "capacity_building",
                                "pilot_projects",
                                "founding_documents",
                                "intra_governmental_consultation",
                                "stakeholder_cooperation",
                                "cross_fertilisation",
                                "link_to_gfmd"
                              })))
          @RequestParam(name = "activityColumn", required = false)
          List<String> activityColumn,
      @Parameter(
              description = "GFMD roundtable (matching its sub-themes too) or sub-theme code",
              array = @ArraySchema(schema = @Schema(type = "string", example = "RT3")))
          @RequestParam(name = "roundtable", required = false)
          List<String> roundtable,
      @Parameter(
              description = GCM_DESCRIPTION,
              array = @ArraySchema(schema = @Schema(type = "string", example = "23")))
          @RequestParam(name = "gcmObjective", required = false)
          List<String> gcmObjective,
      @Parameter(
              description = COUNTRY_DESCRIPTION,
              array = @ArraySchema(schema = @Schema(type = "string", example = "PHL")))
          @RequestParam(name = "country", required = false)
          List<String> country,
      @Parameter(
              description = "Status of the record",
              array =
                  @ArraySchema(
                      schema =
                          @Schema(
                              allowableValues = {
                                "REPORTED",
                                "NO_EXAMPLE_PROVIDED",
                                "NO_RESPONSE_GIVEN"
                              })))
          @RequestParam(name = "status", required = false)
          List<String> status,
      @Parameter(description = "0-based page number", example = "0")
          @RequestParam(name = "page", defaultValue = "0")
          int page,
      @Parameter(description = "Records per page, 1 to 10000", example = "1000")
          @RequestParam(name = "pageSize", defaultValue = "" + Paging.DEFAULT_SIZE)
          int pageSize,
      @Parameter(
              description = FORMAT_DESCRIPTION,
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    RcpActivityFilters checked =
        new RcpActivityFilters(
            filters.years(year),
            filters.oneOf("activityColumn", activityColumn, ActivityCodes.RCP_ACTIVITY_COLUMNS),
            filters.roundtableTags(roundtable),
            filters.gcmObjectives(gcmObjective),
            filters.countries(country),
            filters.oneOf("status", status, ActivityCodes.RCP_STATUSES));
    Paging paging = new Paging(page, pageSize);
    return TableResponse.of(rcps.activities(code, checked, paging), format);
  }

  @GetMapping(
      path = "/gfmd/activities",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "Get the GFMD's activity and practice records",
      description =
          "The records of silver.gfmd_activity, by source and record id, paged: the activities"
              + " of the GFMD matrix of projects and activities, and practices. roundtable=RT1"
              + " keeps the records filed under roundtable RT1 (whatever their sub-theme),"
              + " roundtable=RT1a those filed under sub-theme RT1a."
              + RECORDS_DESCRIPTION)
  @ApiResponse(
      responseCode = "200",
      description = "One page of GFMD records",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ActivityPage.class),
            examples = @ExampleObject(name = "RT1a", value = Examples.GFMD_ACTIVITIES)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "RT1a", value = Examples.GFMD_ACTIVITIES_CSV))
      })
  @ApiResponse(
      responseCode = "400",
      description = "A parameter is unknown, malformed or not one of its allowed values",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "roundtable", value = Examples.UNKNOWN_ROUNDTABLE)))
  ResponseEntity<ActivityPage> gfmdActivities(
      @Parameter(
              description = YEAR_DESCRIPTION,
              array = @ArraySchema(schema = @Schema(type = "string", example = "2010")))
          @RequestParam(name = "year", required = false)
          List<String> year,
      @Parameter(
              description = "GFMD roundtable or sub-theme code the record is filed under",
              array = @ArraySchema(schema = @Schema(type = "string", example = "RT1")))
          @RequestParam(name = "roundtable", required = false)
          List<String> roundtable,
      @Parameter(
              description = GCM_DESCRIPTION,
              array = @ArraySchema(schema = @Schema(type = "string", example = "5")))
          @RequestParam(name = "gcmObjective", required = false)
          List<String> gcmObjective,
      @Parameter(
              description = COUNTRY_DESCRIPTION,
              array = @ArraySchema(schema = @Schema(type = "string", example = "MEX")))
          @RequestParam(name = "country", required = false)
          List<String> country,
      @Parameter(
              description = "Kind of record",
              array = @ArraySchema(schema = @Schema(allowableValues = {"ACTIVITY", "PRACTICE"})))
          @RequestParam(name = "recordType", required = false)
          List<String> recordType,
      @Parameter(description = "0-based page number", example = "0")
          @RequestParam(name = "page", defaultValue = "0")
          int page,
      @Parameter(description = "Records per page, 1 to 10000", example = "1000")
          @RequestParam(name = "pageSize", defaultValue = "" + Paging.DEFAULT_SIZE)
          int pageSize,
      @Parameter(
              description = FORMAT_DESCRIPTION,
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    GfmdActivityFilters checked =
        new GfmdActivityFilters(
            filters.years(year),
            filters.roundtableTags(roundtable),
            filters.gcmObjectives(gcmObjective),
            filters.countries(country),
            filters.oneOf("recordType", recordType, ActivityCodes.GFMD_RECORD_TYPES));
    Paging paging = new Paging(page, pageSize);
    return TableResponse.of(gfmd.activities(checked, paging), format);
  }
}
