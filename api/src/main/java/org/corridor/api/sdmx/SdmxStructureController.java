package org.corridor.api.sdmx;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.ObservationStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * SDMX REST structure queries, {@code
 * /sdmx/rest/{dataflow|datastructure|conceptscheme|codelist}/{agencyID}/ {resourceID}/{version}},
 * each trailing part optional, as SDMX-JSON 2.0 structure messages. The {@code references}
 * parameter adds the artefacts a query's artefact uses (children, descendants) or is used by
 * (parents); all adds both.
 */
@RestController
@Tag(name = "SDMX", description = "SDMX REST data and structure queries")
class SdmxStructureController {
  private static final String PREFIX = "/sdmx/rest/";
  private static final String PARTS = "/{agencyID}/{resourceID}/{version}";
  private static final List<String> REFERENCES =
      List.of("none", "parents", "children", "descendants", "all");

  private final SdmxCodelists codelists;
  private final ObservationStore store;

  SdmxStructureController(SdmxCodelists codelists, ObservationStore store) {
    this.codelists = codelists;
    this.store = store;
  }

  @GetMapping(
      path = {
        PREFIX + "dataflow",
        PREFIX + "dataflow/{agencyID}",
        PREFIX + "dataflow/{agencyID}/{resourceID}",
        PREFIX + "dataflow" + PARTS
      },
      produces = {SdmxMediaTypes.STRUCTURE_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @Operation(
      summary = "Get the dataflow",
      description =
          "The one dataflow, CORRIDOR:DF_MIGRATION(1.0); references=children adds its"
              + " data structure, descendants or all also its concept scheme and codelists.")
  @ApiResponse(
      responseCode = "200",
      description = "SDMX-JSON 2.0 structure message",
      content =
          @Content(
              mediaType = SdmxMediaTypes.STRUCTURE_JSON_VALUE,
              examples = @ExampleObject(name = "dataflow", value = Examples.DATAFLOW)))
  @ApiResponse(
      responseCode = "404",
      description = "No artefact has this agency, id or version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_ARTEFACT)))
  ObjectNode dataflow(
      @Parameter(description = "Maintenance agency, or all", example = "CORRIDOR")
          @PathVariable(name = "agencyID", required = false)
          String agencyId,
      @Parameter(description = "Artefact id, or all", example = "DF_MIGRATION")
          @PathVariable(name = "resourceID", required = false)
          String resourceId,
      @Parameter(description = "Artefact version, all, or latest", example = "1.0")
          @PathVariable(name = "version", required = false)
          String version,
      @Parameter(
              description = "Artefacts referenced by or referencing the ones asked for to add",
              schema =
                  @Schema(allowableValues = {"none", "parents", "children", "descendants", "all"}))
          @RequestParam(name = "references", defaultValue = "none")
          String references,
      @Parameter(
              description = "Amount of detail; only full is served",
              schema = @Schema(allowableValues = {Detail.FULL}))
          @RequestParam(name = "detail", defaultValue = Detail.FULL)
          String detail) {
    Detail.requireFull(detail);
    ArtefactQuery.of(agencyId, resourceId, version).select(List.of(MigrationDataflow.ID));
    String scope = references(references);
    SdmxJsonStructures message = new SdmxJsonStructures().addDataflow();
    if (!scope.equals("none") && !scope.equals("parents")) {
      message.addDataStructure();
    }
    if (scope.equals("descendants") || scope.equals("all")) {
      addDescendants(message);
    }
    return message.message();
  }

  @GetMapping(
      path = {
        PREFIX + "datastructure",
        PREFIX + "datastructure/{agencyID}",
        PREFIX + "datastructure/{agencyID}/{resourceID}",
        PREFIX + "datastructure" + PARTS
      },
      produces = {SdmxMediaTypes.STRUCTURE_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @Operation(
      summary = "Get the data structure",
      description =
          "CORRIDOR:DSD_MIGRATION(1.0): its dimensions in key order, TIME_PERIOD last,"
              + " attributes and the OBS_VALUE measure; references=children or descendants adds the"
              + " codelists, parents the dataflow, all both.")
  @ApiResponse(
      responseCode = "200",
      description = "SDMX-JSON 2.0 structure message",
      content =
          @Content(
              mediaType = SdmxMediaTypes.STRUCTURE_JSON_VALUE,
              examples = @ExampleObject(name = "DSD_MIGRATION", value = Examples.STRUCTURE)))
  @ApiResponse(
      responseCode = "404",
      description = "No artefact has this agency, id or version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_ARTEFACT)))
  ObjectNode dataStructure(
      @Parameter(description = "Maintenance agency, or all", example = "CORRIDOR")
          @PathVariable(name = "agencyID", required = false)
          String agencyId,
      @Parameter(description = "Artefact id, or all", example = "DSD_MIGRATION")
          @PathVariable(name = "resourceID", required = false)
          String resourceId,
      @Parameter(description = "Artefact version, all, or latest", example = "1.0")
          @PathVariable(name = "version", required = false)
          String version,
      @Parameter(
              description = "Artefacts referenced by or referencing the ones asked for to add",
              schema =
                  @Schema(allowableValues = {"none", "parents", "children", "descendants", "all"}))
          @RequestParam(name = "references", defaultValue = "none")
          String references,
      @Parameter(
              description = "Amount of detail; only full is served",
              schema = @Schema(allowableValues = {Detail.FULL}))
          @RequestParam(name = "detail", defaultValue = Detail.FULL)
          String detail) {
    Detail.requireFull(detail);
    ArtefactQuery.of(agencyId, resourceId, version).select(List.of(MigrationDataflow.STRUCTURE_ID));
    String scope = references(references);
    SdmxJsonStructures message = new SdmxJsonStructures().addDataStructure();
    if (scope.equals("parents") || scope.equals("all")) {
      message.addDataflow();
    }
    if (!scope.equals("none") && !scope.equals("parents")) {
      addDescendants(message);
    }
    return message.message();
  }

  @GetMapping(
      path = {
        PREFIX + "codelist",
        PREFIX + "codelist/{agencyID}",
        PREFIX + "codelist/{agencyID}/{resourceID}",
        PREFIX + "codelist" + PARTS
      },
      produces = {SdmxMediaTypes.STRUCTURE_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @Operation(
      summary = "Get codelists",
      description =
          "CL_INDICATOR from the catalogue, CL_AREA with countries and aggregates,"
              + " CL_SEX, CL_AGE, CL_SERIES, CL_PROVIDER_TYPE, CL_POLICY_DOMAIN, CL_UNIT_MEASURE,"
              + " CL_OBS_STATUS, CL_NATURE; references=parents or all adds the data structure.")
  @ApiResponse(
      responseCode = "200",
      description = "SDMX-JSON 2.0 structure message",
      content =
          @Content(
              mediaType = SdmxMediaTypes.STRUCTURE_JSON_VALUE,
              examples = @ExampleObject(name = "CL_SEX", value = Examples.CODELIST)))
  @ApiResponse(
      responseCode = "404",
      description = "No codelist has this agency, id or version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_ARTEFACT)))
  ObjectNode codelist(
      @Parameter(description = "Maintenance agency, or all", example = "CORRIDOR")
          @PathVariable(name = "agencyID", required = false)
          String agencyId,
      @Parameter(description = "Artefact id, or all", example = "CL_AREA")
          @PathVariable(name = "resourceID", required = false)
          String resourceId,
      @Parameter(description = "Artefact version, all, or latest", example = "1.0")
          @PathVariable(name = "version", required = false)
          String version,
      @Parameter(
              description = "Artefacts referenced by or referencing the ones asked for to add",
              schema =
                  @Schema(allowableValues = {"none", "parents", "children", "descendants", "all"}))
          @RequestParam(name = "references", defaultValue = "none")
          String references,
      @Parameter(
              description = "Amount of detail; only full is served",
              schema = @Schema(allowableValues = {Detail.FULL}))
          @RequestParam(name = "detail", defaultValue = Detail.FULL)
          String detail) {
    Detail.requireFull(detail);
    ArtefactQuery query = ArtefactQuery.of(agencyId, resourceId, version);
    String scope = references(references);
    ObservationSnapshot snapshot = store.current();
    Map<String, Codelist> all = codelists.all(snapshot);
    SdmxJsonStructures message = new SdmxJsonStructures();
    query.select(List.copyOf(all.keySet())).forEach(id -> message.addCodelist(all.get(id)));
    if (scope.equals("parents") || scope.equals("all")) {
      message.addDataStructure();
    }
    return message.message();
  }

  @GetMapping(
      path = {
        PREFIX + "conceptscheme",
        PREFIX + "conceptscheme/{agencyID}",
        PREFIX + "conceptscheme/{agencyID}/{resourceID}",
        PREFIX + "conceptscheme" + PARTS
      },
      produces = {SdmxMediaTypes.STRUCTURE_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @Operation(
      summary = "Get the concept scheme",
      description =
          "CORRIDOR:CS_MIGRATION(1.0), one concept per component of the data structure;"
              + " references=parents or all adds the data structure.")
  @ApiResponse(
      responseCode = "200",
      description = "SDMX-JSON 2.0 structure message",
      content =
          @Content(
              mediaType = SdmxMediaTypes.STRUCTURE_JSON_VALUE,
              examples = @ExampleObject(name = "CS_MIGRATION", value = Examples.CONCEPT_SCHEME)))
  @ApiResponse(
      responseCode = "404",
      description = "No concept scheme has this agency, id or version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_ARTEFACT)))
  ObjectNode conceptScheme(
      @Parameter(description = "Maintenance agency, or all", example = "CORRIDOR")
          @PathVariable(name = "agencyID", required = false)
          String agencyId,
      @Parameter(description = "Artefact id, or all", example = "CS_MIGRATION")
          @PathVariable(name = "resourceID", required = false)
          String resourceId,
      @Parameter(description = "Artefact version, all, or latest", example = "1.0")
          @PathVariable(name = "version", required = false)
          String version,
      @Parameter(
              description = "Artefacts referenced by or referencing the ones asked for to add",
              schema =
                  @Schema(allowableValues = {"none", "parents", "children", "descendants", "all"}))
          @RequestParam(name = "references", defaultValue = "none")
          String references,
      @Parameter(
              description = "Amount of detail; only full is served",
              schema = @Schema(allowableValues = {Detail.FULL}))
          @RequestParam(name = "detail", defaultValue = Detail.FULL)
          String detail) {
    Detail.requireFull(detail);
    ArtefactQuery.of(agencyId, resourceId, version)
        .select(List.of(MigrationDataflow.CONCEPT_SCHEME_ID));
    String scope = references(references);
    SdmxJsonStructures message = new SdmxJsonStructures().addConceptScheme();
    if (scope.equals("parents") || scope.equals("all")) {
      message.addDataStructure();
    }
    return message.message();
  }

  /** What the data structure uses: its concepts and codelists. */
  private void addDescendants(SdmxJsonStructures message) {
    message.addConceptScheme();
    codelists.all(store.current()).values().forEach(message::addCodelist);
  }

  private static String references(String value) {
    if (!REFERENCES.contains(value)) {
      throw ApiErrors.notAllowed("references", value, REFERENCES);
    }
    return value;
  }
}
