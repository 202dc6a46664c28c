package org.corridor.api.area;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.api.format.TableResponse;
import org.corridor.api.observation.ResponseFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Countries, aggregates and which countries each aggregate holds. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Areas", description = "Countries, aggregates and their memberships")
class AreaController {
  private static final String FORMAT_DESCRIPTION = "Overrides the Accept header";

  private final AreaDirectory directory;

  AreaController(AreaDirectory directory) {
    this.directory = directory;
  }

  @GetMapping(
      path = "/areas",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "List countries and aggregates",
      description =
          "Every country (by ISO3 code, with ISO2, M49 and the codes of the aggregates it belongs"
              + " to) and every aggregate (world, M49 and SDG regions, income groups, OACPS,"
              + " RCPs; with its kind and number of members): countries first, then aggregates."
              + " JSON by default; CSV with Accept: text/csv or format=csv, with the JSON field"
              + " names as header row and a country's groups separated by ';'.")
  @ApiResponse(
      responseCode = "200",
      description = "The areas",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AreaList.class),
            examples = @ExampleObject(name = "areas", value = AreaExamples.AREAS)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "areas", value = AreaExamples.AREAS_CSV))
      })
  @ApiResponse(
      responseCode = "400",
      description = "A filter value is not allowed, or groupKind is combined with kind=COUNTRY",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "unsupported", value = AreaExamples.UNSUPPORTED_KIND)))
  ResponseEntity<AreaList> areas(
      @Parameter(
              description = "Keep only countries or only aggregates",
              schema = @Schema(allowableValues = {"COUNTRY", "AGGREGATE"}))
          @RequestParam(name = "kind", required = false)
          String kind,
      @Parameter(
              description = "Keep only aggregates of this kind",
              schema =
                  @Schema(
                      allowableValues = {
                        "WORLD",
                        "M49_REGION",
                        "M49_SUB_REGION",
                        "M49_INTERMEDIATE_REGION",
                        "SDG_REGION",
                        "INCOME_GROUP",
                        "OACPS",
                        "RCP"
                      }))
          @RequestParam(name = "groupKind", required = false)
          String groupKind,
      @Parameter(
              description = FORMAT_DESCRIPTION,
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    return TableResponse.of(directory.list(kind, groupKind), format);
  }

  @GetMapping(path = "/areas/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Get one area",
      description =
          "A country with the aggregates it belongs to, named, or an aggregate; an aggregate's"
              + " countries are at GET /api/v1/groups/{code}/members.")
  @ApiResponse(
      responseCode = "200",
      description = "The area and its memberships",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              examples = @ExampleObject(name = "SLV", value = AreaExamples.AREA)))
  @ApiResponse(
      responseCode = "404",
      description = "No country or aggregate has this code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = AreaExamples.UNKNOWN_AREA)))
  AreaDetail area(
      @Parameter(description = "ISO3 country code or aggregate code", example = "SLV")
          @PathVariable("code")
          String code) {
    return directory.area(code);
  }

  @GetMapping(
      path = "/groups/{code}/members",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "List an aggregate's member countries",
      description =
          "The aggregate and its member countries, sorted by ISO3 code, each as GET"
              + " /api/v1/areas answers it. CSV (Accept: text/csv or format=csv) has one row per"
              + " member, with the columns of the area list.")
  @ApiResponse(
      responseCode = "200",
      description = "The aggregate and its members",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = GroupMembers.class),
            examples = @ExampleObject(name = "RCP_COLOMBO", value = AreaExamples.MEMBERS)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "RCP_COLOMBO", value = AreaExamples.MEMBERS_CSV))
      })
  @ApiResponse(
      responseCode = "400",
      description = "The code is a country's, which has no members",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "country", value = AreaExamples.NOT_A_GROUP)))
  @ApiResponse(
      responseCode = "404",
      description = "No aggregate has this code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = AreaExamples.UNKNOWN_GROUP)))
  ResponseEntity<GroupMembers> members(
      @Parameter(description = "Aggregate code", example = "RCP_COLOMBO") @PathVariable("code")
          String code,
      @Parameter(
              description = FORMAT_DESCRIPTION,
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    return TableResponse.of(directory.members(code), format);
  }
}
