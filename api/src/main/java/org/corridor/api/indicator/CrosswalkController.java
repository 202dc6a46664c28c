package org.corridor.api.indicator;

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

/** The crosswalk from SDG targets, GCM objectives and GFMD roundtables to catalogue indicators. */
@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Crosswalk",
    description = "Which indicators serve an SDG target, a GCM objective or a GFMD roundtable")
class CrosswalkController {
  private static final String FORMAT_DESCRIPTION = "Overrides the Accept header";
  private static final String LIST_CSV =
      " JSON by default; CSV with Accept: text/csv or format=csv, with the JSON field names as"
          + " header row.";

  private final Crosswalk crosswalk;

  CrosswalkController(Crosswalk crosswalk) {
    this.crosswalk = crosswalk;
  }

  @GetMapping(
      path = "/sdg/targets",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "List the SDG targets",
      description =
          "The SDG targets of Corridor's reference list with the number of catalogue indicators"
              + " serving each."
              + LIST_CSV)
  @ApiResponse(
      responseCode = "200",
      description = "The SDG targets",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = SdgTargetList.class),
            examples = @ExampleObject(name = "targets", value = CrosswalkExamples.SDG_TARGETS)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "targets", value = CrosswalkExamples.SDG_TARGETS_CSV))
      })
  ResponseEntity<SdgTargetList> sdgTargets(
      @Parameter(
              description = FORMAT_DESCRIPTION,
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    return TableResponse.of(crosswalk.sdgTargets(), format);
  }

  @GetMapping(
      path = "/sdg/targets/{target}/indicators",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Get an SDG target's indicators",
      description =
          "The SDG target and every catalogue indicator that serves it, computed or only"
              + " declared, as GET /api/v1/indicators answers them.")
  @ApiResponse(
      responseCode = "200",
      description = "The target and its indicators",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              examples = @ExampleObject(name = "10.c", value = CrosswalkExamples.SDG_TARGET)))
  @ApiResponse(
      responseCode = "400",
      description = "The code is not an SDG target code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "malformed", value = CrosswalkExamples.MALFORMED_TARGET)))
  @ApiResponse(
      responseCode = "404",
      description = "The reference list has no such target",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "unknown", value = CrosswalkExamples.UNKNOWN_TARGET)))
  SdgTargetIndicators sdgTarget(
      @Parameter(description = "SDG target code", example = "10.c") @PathVariable("target")
          String target) {
    return crosswalk.sdgTarget(target);
  }

  @GetMapping(
      path = "/gcm/objectives",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "List the GCM objectives",
      description =
          "The 23 objectives of the Global Compact for Migration with the number of catalogue"
              + " indicators serving each."
              + LIST_CSV)
  @ApiResponse(
      responseCode = "200",
      description = "The GCM objectives",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = GcmObjectiveList.class),
            examples =
                @ExampleObject(name = "objectives", value = CrosswalkExamples.GCM_OBJECTIVES)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples =
                @ExampleObject(name = "objectives", value = CrosswalkExamples.GCM_OBJECTIVES_CSV))
      })
  ResponseEntity<GcmObjectiveList> gcmObjectives(
      @Parameter(
              description = FORMAT_DESCRIPTION,
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    return TableResponse.of(crosswalk.gcmObjectives(), format);
  }

  @GetMapping(
      path = "/gcm/objectives/{objective}/indicators",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Get a GCM objective's indicators",
      description =
          "The GCM objective and every catalogue indicator that serves it, as GET"
              + " /api/v1/indicators answers them.")
  @ApiResponse(
      responseCode = "200",
      description = "The objective and its indicators",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              examples = @ExampleObject(name = "20", value = CrosswalkExamples.GCM_OBJECTIVE)))
  @ApiResponse(
      responseCode = "400",
      description = "The number is not an integer from 1 to 23",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(
                      name = "out of range",
                      value = CrosswalkExamples.OBJECTIVE_OUT_OF_RANGE)))
  GcmObjectiveIndicators gcmObjective(
      @Parameter(
              description = "Objective number, 1 to 23",
              schema = @Schema(type = "integer", minimum = "1", maximum = "23", example = "20"))
          @PathVariable("objective")
          String objective) {
    return crosswalk.gcmObjective(objective);
  }

  @GetMapping(
      path = "/gfmd/roundtables",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "List the GFMD roundtables",
      description =
          "The roundtables of the GFMD matrix, each followed by its sub-themes, with the number"
              + " of catalogue indicators each lists; a roundtable counts the indicators tagged"
              + " with any of its sub-themes too."
              + LIST_CSV)
  @ApiResponse(
      responseCode = "200",
      description = "The roundtables and sub-themes",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = RoundtableList.class),
            examples = @ExampleObject(name = "roundtables", value = CrosswalkExamples.ROUNDTABLES)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples =
                @ExampleObject(name = "roundtables", value = CrosswalkExamples.ROUNDTABLES_CSV))
      })
  ResponseEntity<RoundtableList> roundtables(
      @Parameter(
              description = FORMAT_DESCRIPTION,
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    return TableResponse.of(crosswalk.roundtables(), format);
  }

  @GetMapping(
      path = "/gfmd/roundtables/{roundtable}/indicators",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Get a GFMD roundtable's indicators",
      description =
          "The roundtable or sub-theme and its catalogue indicators. A roundtable (RT2) lists"
              + " the indicators tagged with it or with any of its sub-themes (RT2a, RT2b, ...);"
              + " a sub-theme lists only those tagged with the sub-theme.")
  @ApiResponse(
      responseCode = "200",
      description = "The roundtable and its indicators",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              examples = @ExampleObject(name = "RT2a", value = CrosswalkExamples.ROUNDTABLE)))
  @ApiResponse(
      responseCode = "400",
      description = "The code is not a roundtable or sub-theme code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(
                      name = "malformed",
                      value = CrosswalkExamples.MALFORMED_ROUNDTABLE)))
  @ApiResponse(
      responseCode = "404",
      description = "The GFMD matrix has no such roundtable or sub-theme",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "unknown", value = CrosswalkExamples.UNKNOWN_ROUNDTABLE)))
  RoundtableIndicators roundtable(
      @Parameter(description = "Roundtable or sub-theme code", example = "RT2")
          @PathVariable("roundtable")
          String roundtable) {
    return crosswalk.roundtable(roundtable);
  }
}
