package org.corridor.api.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.api.problem.ApiErrors;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue: what each indicator measures and how it is computed. */
@RestController
@RequestMapping(path = "/api/v1/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalogue", description = "Indicator definitions, sources and aggregation rules")
class IndicatorController {
  private final IndicatorCatalogue catalogue;

  IndicatorController(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  @Operation(
      summary = "List the indicator catalogue",
      description =
          "Every indicator Corridor knows, computed or only declared, with its SDG targets, GCM"
              + " objectives, GFMD roundtables, unit, custodian and aggregation rule.")
  @ApiResponse(
      responseCode = "200",
      description = "The catalogue",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              examples = @ExampleObject(name = "catalogue", value = Examples.CATALOGUE)))
  CatalogueView all() {
    return new CatalogueView(
        catalogue.version(), catalogue.all().stream().map(IndicatorView::of).toList());
  }

  @GetMapping("/{code}")
  @Operation(
      summary = "Get one indicator",
      description = "The catalogue entry of one indicator, by code.")
  @ApiResponse(
      responseCode = "200",
      description = "The catalogue entry",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              examples = @ExampleObject(name = "17.3.2", value = Examples.INDICATOR)))
  @ApiResponse(
      responseCode = "404",
      description = "No indicator has this code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_INDICATOR)))
  IndicatorView one(
      @Parameter(description = "Indicator code", example = "17.3.2") @PathVariable("code")
          String code) {
    return catalogue
        .find(code)
        .map(IndicatorView::of)
        .orElseThrow(() -> ApiErrors.unknownIndicator(code));
  }
}
