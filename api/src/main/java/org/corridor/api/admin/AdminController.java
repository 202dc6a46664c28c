package org.corridor.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
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
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

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

  AdminController(TablePoller poller, ObservationStore store) {
    this.poller = poller;
    this.store = store;
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
              examples =
                  @ExampleObject(
                      name = "unauthorized",
                      value =
                          "{\"type\":\"urn:corridor:problem:unauthorized\",\"title\":"
                              + "\"Unauthorized\",\"status\":401,\"detail\":\"Admin endpoints"
                              + " need the header Authorization: Bearer"
                              + " <corridor.admin.token>.\",\"instance\":"
                              + "\"/api/v1/admin/reload\",\"header\":\"Authorization\"}")))
  @ApiResponse(
      responseCode = "404",
      description = "Admin endpoints are disabled: no corridor.admin.token is configured",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
  ReloadResult reload() throws InterruptedException {
    poller.refreshNow();
    ObservationSnapshot snapshot = store.current();
    return new ReloadResult(
        ObservationSnapshot.TABLE.qualifiedName(), snapshot.version(), snapshot.rowCount());
  }
}
