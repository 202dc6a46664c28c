package org.corridor.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.ObservationStore;
import org.corridor.api.store.TablePoller;
import org.corridor.api.vintage.VintageEntry;
import org.corridor.api.vintage.VintageWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Operator actions, behind {@link BearerTokenGuard}. */
@RestController
@SecurityScheme(
    name = AdminController.SECURITY_SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The token configured as corridor.admin.token")
@Tag(name = "Admin", description = "Operator actions; need Authorization: Bearer <token>")
class AdminController {
  static final String PREFIX = "/api/v1/admin/";
  static final String SECURITY_SCHEME = "adminToken";

  private final TablePoller poller;
  private final ObservationStore store;
  private final VintageWriter vintages;

  AdminController(TablePoller poller, ObservationStore store, VintageWriter vintages) {
    this.poller = poller;
    this.store = store;
    this.vintages = vintages;
  }

  @PostMapping(path = PREFIX + "reload", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Reload the table now",
      description =
          "Checks gold.indicator_observation for a new version at once instead of at the next"
              + " refresh interval, e.g. right after an ETL run, and answers the version served"
              + " afterwards. Needs Authorization: Bearer <corridor.admin.token>; answers 404"
              + " while no token is configured.",
      security = @SecurityRequirement(name = SECURITY_SCHEME))
  @ApiResponse(
      responseCode = "200",
      description = "The version served after the check",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = ReloadResult.class),
              examples =
                  @ExampleObject(
                      name = "reloaded",
                      value =
                          "{\"table\":\"gold.indicator_observation\",\"tableVersion\":12,"
                              + "\"rows\":196000}")))
  @ApiResponse(
      responseCode = "401",
      description = "No bearer token, or not the configured one",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unauthorized", value = Examples.UNAUTHORIZED)))
  @ApiResponse(
      responseCode = "404",
      description = "Admin endpoints are disabled: no corridor.admin.token is configured",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "disabled", value = Examples.DISABLED)))
  ReloadResult reload() throws InterruptedException {
    poller.refreshNow();
    ObservationSnapshot snapshot = store.current();
    return new ReloadResult(
        ObservationSnapshot.TABLE.qualifiedName(), snapshot.version(), snapshot.rowCount());
  }

  @PostMapping(
      path = PREFIX + "vintages",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Create a vintage",
      description =
          "Pins the latest Delta version of every gold table that exists under a new name, as"
              + " `corridor vintage create <name>` does: first sets the table properties that"
              + " keep each pinned version readable (delta.enableExpiredLogCleanup=false,"
              + " delta.logRetentionDuration and delta.deletedFileRetentionDuration = interval"
              + " 36500 days) where a table lacks them, then adds one row per table to"
              + " gold.vintage. The vintage is served at once: GET /api/v1/vintages lists it and"
              + " every data endpoint answers it with vintage=<name>. A name is taken once; of"
              + " two creations racing for a name, one gets 201 and the other 409. Needs"
              + " Authorization: Bearer <corridor.admin.token>; answers 404 while no token is"
              + " configured.",
      security = @SecurityRequirement(name = SECURITY_SCHEME),
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = VintageRequest.class),
                      examples =
                          @ExampleObject(name = "gfmd-2025", value = Examples.VINTAGE_REQUEST))))
  @ApiResponse(
      responseCode = "201",
      description = "The vintage created: its name, creation time, note and pinned versions",
      headers =
          @Header(
              name = "Location",
              description = "/api/v1/vintages/{name}",
              schema = @Schema(type = "string")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = VintageEntry.class),
              examples = @ExampleObject(name = "created", value = Examples.VINTAGE_CREATED)))
  @ApiResponse(
      responseCode = "400",
      description = "The name is missing or not a vintage name, or the body is not JSON",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "invalid name", value = Examples.INVALID_NAME)))
  @ApiResponse(
      responseCode = "401",
      description = "No bearer token, or not the configured one",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unauthorized", value = Examples.UNAUTHORIZED)))
  @ApiResponse(
      responseCode = "404",
      description = "Admin endpoints are disabled: no corridor.admin.token is configured",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "disabled", value = Examples.DISABLED)))
  @ApiResponse(
      responseCode = "409",
      description = "A vintage has this name already, or no gold table exists yet to pin",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = {
                @ExampleObject(name = "name taken", value = Examples.VINTAGE_EXISTS),
                @ExampleObject(name = "nothing to pin", value = Examples.NOTHING_TO_PIN)
              }))
  ResponseEntity<VintageEntry> createVintage(@RequestBody VintageRequest request)
      throws InterruptedException {
    VintageEntry created = vintages.create(request.name(), request.note());
    // Served at once rather than at the next refresh interval.
    poller.refreshNow();
    return ResponseEntity.created(
            UriComponentsBuilder.fromPath("/api/v1/vintages/{name}")
                .buildAndExpand(created.name())
                .toUri())
        .body(created);
  }
}
