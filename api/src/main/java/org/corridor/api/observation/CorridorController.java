package org.corridor.api.observation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.vintage.EditionSnapshot;
import org.corridor.api.vintage.Vintages;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Everything the warehouse holds about one migration corridor, by indicator. */
@RestController
@Tag(name = "Corridors", description = "Observations of one migration corridor")
class CorridorController {
  private static final Pattern CORRIDOR = Pattern.compile("([A-Z]{3})-([A-Z]{3})");
  private static final String EXPECTED =
      "the migrants' country of origin and country of destination as ISO3 codes joined by a"
          + " hyphen, e.g. MEX-USA";

  private final IndicatorCatalogue catalogue;
  private final Areas areas;
  private final Vintages vintages;

  CorridorController(IndicatorCatalogue catalogue, Areas areas, Vintages vintages) {
    this.catalogue = catalogue;
    this.areas = areas;
    this.vintages = vintages;
  }

  @GetMapping(
      path = "/api/v1/corridors/{corridor}",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "Get a migration corridor's observations",
      description =
          "A corridor is named as migrants move: /corridors/MEX-USA is Mexicans in the United"
              + " States. It answers, by indicator, the figures about those migrants (flow"
              + " MIGRANTS: LABOUR.MIGRANT_WORKERS, migrant workers from MEX in the USA; 10.7.1,"
              + " recruitment costs of workers from MEX working in the USA; GCM21.RETURNS,"
              + " migrants returned from the USA to MEX) and the money they send home, which"
              + " flows the other way (flow REMITTANCES, from USA to MEX: 10.c.1 remittance"
              + " prices and 10.c.1.SMART SmaRT of the USA-to-MEX corridor,"
              + " GCM20.BILATERAL_REMITTANCES remittances sent from the USA to MEX). Each group"
              + " states its flow's from and to; observation fields are those of the"
              + " observations endpoint, whose origin and destination columns keep the gold"
              + " table's meaning (for remittances, origin is the sending country). Every"
              + " corridor indicator is listed, with no observations where the warehouse has"
              + " none. CSV has one row per observation, its indicator first.")
  @ApiResponse(
      responseCode = "200",
      description = "The corridor's observations by indicator",
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
            schema = @Schema(implementation = CorridorPage.class),
            examples = @ExampleObject(name = "MEX-USA", value = Examples.CORRIDOR)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "MEX-USA", value = Examples.CORRIDOR_CSV))
      })
  @ApiResponse(
      responseCode = "400",
      description = "The corridor is malformed or names an unknown country",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = {
                @ExampleObject(name = "malformed", value = Examples.MALFORMED_CORRIDOR),
                @ExampleObject(name = "unknown country", value = Examples.UNKNOWN_COUNTRY)
              }))
  ResponseEntity<CorridorPage> corridor(
      @Parameter(
              description = "Origin and destination of the migrants, ISO3, e.g. MEX-USA",
              example = "MEX-USA")
          @PathVariable("corridor")
          String corridor,
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
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    Matcher matcher = CORRIDOR.matcher(corridor);
    if (!matcher.matches()) {
      throw ApiErrors.malformedParameter("corridor", corridor, EXPECTED);
    }
    String origin = matcher.group(1);
    String destination = matcher.group(2);
    List<String> unknown =
        List.of(origin, destination).stream().filter(c -> !areas.isCountry(c)).distinct().toList();
    if (!unknown.isEmpty()) {
      throw ApiErrors.unknownCountries("corridor", unknown);
    }
    var mediaType = ResponseFormat.of(format);
    EditionSnapshot read =
        vintages.snapshot(vintages.edition(vintage, asOf), ObservationSnapshot.TABLE);
    ObservationSnapshot snapshot = ObservationSnapshot.of(read.snapshot());
    CorridorSelection selection = new CorridorSelection(origin, destination);
    List<CorridorPage.Group> groups = new ArrayList<>();
    for (Map.Entry<String, CorridorIndicators.Flow> entry : CorridorIndicators.FLOWS.entrySet()) {
      Indicator indicator = catalogue.find(entry.getKey()).orElse(null);
      if (indicator == null) {
        continue;
      }
      CorridorIndicators.Flow flow = entry.getValue();
      boolean migrants = flow == CorridorIndicators.Flow.MIGRANTS;
      groups.add(
          new CorridorPage.Group(
              indicator.code(),
              indicator.name(),
              flow,
              migrants ? origin : destination,
              migrants ? destination : origin,
              ObservationFields.render(
                  snapshot, selection.select(snapshot, indicator.code(), flow))));
    }
    var edition = read.edition();
    var response = read.ok();
    mediaType.ifPresent(response::contentType);
    return response.body(
        new CorridorPage(
            origin,
            destination,
            edition.vintage(),
            edition.asOf() == null ? null : edition.asOf().toString(),
            snapshot.version(),
            groups));
  }
}
