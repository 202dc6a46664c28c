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
import java.util.Set;
import java.util.TreeSet;
import org.corridor.api.area.AreaCodes;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.GoldStore;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.vintage.EditionSnapshot;
import org.corridor.api.vintage.Vintages;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.SilverTables;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Aggregates of an indicator over any group or list of countries, computed when asked. */
@RestController
@Tag(name = "Observations", description = "Indicator values per area and period")
class AggregateController {
  private final IndicatorCatalogue catalogue;
  private final Vintages vintages;
  private final AreaCodes areaCodes;
  private final Areas areas;
  private final GoldStore store;

  AggregateController(
      IndicatorCatalogue catalogue,
      Vintages vintages,
      AreaCodes areaCodes,
      Areas areas,
      GoldStore store) {
    this.catalogue = catalogue;
    this.vintages = vintages;
    this.areaCodes = areaCodes;
    this.areas = areas;
    this.store = store;
  }

  @GetMapping(
      path = "/api/v1/indicators/{code}/aggregates",
      produces = {MediaType.APPLICATION_JSON_VALUE, ResponseFormat.TEXT_CSV_VALUE})
  @Operation(
      summary = "Aggregate an indicator over a group or a list of countries",
      description =
          "Computes the indicator's aggregate over the member countries of group=<code>, or over"
              + " the countries of area=<ISO3 list>, from their country observations and by the"
              + " indicator's own rule: SUM adds the values; RATIO_OF_SUMS and MEAN_OF_UNITS"
              + " divide the sum of the numerators by the sum of the denominators and multiply"
              + " by the indicator's scale (for 10.c.1 that is the mean over all services, never"
              + " a mean of country means); SHARE_OF_COUNTRIES gives the share of the responding"
              + " countries in each category, one SHARE_<category> series each. One aggregate"
              + " per series, period and breakdown, with countriesWithData and countriesInGroup"
              + " as its coverage; a country observation without the components its rule needs"
              + " does not count as data. populationShare is the share of the countries'"
              + " population (silver.population, the same year, the latest version even for a"
              + " vintage, which pins gold tables only) living in those with data. An indicator"
              + " whose custodian publishes"
              + " no aggregate (10.7.1) answers 400 not-aggregable. Filters are the"
              + " observations' own. JSON by default; CSV with Accept: text/csv or format=csv.")
  @ApiResponse(
      responseCode = "200",
      description = "One page of aggregates",
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
            schema = @Schema(implementation = AggregatePage.class),
            examples = @ExampleObject(name = "17.3.2", value = Examples.AGGREGATE_PAGE)),
        @Content(
            mediaType = ResponseFormat.TEXT_CSV_VALUE,
            examples = @ExampleObject(name = "17.3.2", value = Examples.AGGREGATE_CSV))
      })
  @ApiResponse(
      responseCode = "400",
      description =
          "Neither or both of group and area, an unknown code, an aggregate in area, an"
              + " indicator that is not aggregable, or a malformed filter",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = {
                @ExampleObject(name = "no countries", value = Examples.NO_MEMBERS),
                @ExampleObject(name = "not aggregable", value = Examples.NOT_AGGREGABLE)
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
  ResponseEntity<AggregatePage> aggregates(
      @Parameter(description = "Indicator code", example = "17.3.2") @PathVariable("code")
          String code,
      @Parameter(
              description = "Aggregate whose member countries to aggregate over",
              example = "M49_013")
          @RequestParam(name = "group", required = false)
          String group,
      @Parameter(
              description =
                  "ISO3 codes of the countries to aggregate over, repeated or comma-separated",
              array = @ArraySchema(schema = @Schema(type = "string", example = "MEX")))
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
      @Parameter(description = "Series within the indicator, repeated or comma-separated")
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
      @Parameter(description = "Corridor origin ISO3", example = "USA")
          @RequestParam(name = "origin", required = false)
          List<String> origin,
      @Parameter(description = "Corridor destination ISO3", example = "MEX")
          @RequestParam(name = "destination", required = false)
          List<String> destination,
      @Parameter(description = "Remittance service provider type; _Z for all providers together")
          @RequestParam(name = "providerType", required = false)
          List<String> providerType,
      @Parameter(description = "10.7.2 policy domain 1-6; _Z for the overall figure")
          @RequestParam(name = "policyDomain", required = false)
          List<String> policyDomain,
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
      @Parameter(description = "Aggregates per page, 1 to 10000", example = "1000")
          @RequestParam(name = "pageSize", defaultValue = "" + Paging.DEFAULT_SIZE)
          int pageSize,
      @Parameter(
              description = "Overrides the Accept header",
              schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(name = "format", required = false)
          String format) {
    Indicator indicator = catalogue.find(code).orElseThrow(() -> ApiErrors.unknownIndicator(code));
    var mediaType = ResponseFormat.of(format);
    Set<String> countries = countries(group, area);
    if (indicator.aggregation() == AggregationMethod.NOT_AGGREGABLE) {
      throw ApiErrors.notAggregable(code, List.of(group == null ? "the countries given" : group));
    }
    YearRange years = YearRange.parse(from, to);
    Breakdowns breakdowns =
        Breakdowns.of(series, sex, age, origin, destination, providerType, policyDomain);
    Paging paging = new Paging(page, pageSize);
    EditionSnapshot read =
        vintages.snapshot(vintages.edition(vintage, asOf), ObservationSnapshot.TABLE);
    ObservationSnapshot snapshot = ObservationSnapshot.of(read.snapshot());
    int[] rows = ObservationSelection.select(snapshot, code, countries, years, breakdowns);
    PopulationCoverage coverage =
        new PopulationCoverage(store.current(SilverTables.POPULATION), countries);
    List<AggregateValue> aggregates =
        OnRequestAggregate.of(snapshot, indicator, rows, countries.size(), coverage);
    var response = read.ok();
    mediaType.ifPresent(response::contentType);
    return response.body(
        AggregatePage.of(
            code,
            group,
            List.copyOf(countries),
            indicator.aggregation().name(),
            indicator.scale(),
            read.edition(),
            snapshot.version(),
            aggregates,
            paging));
  }

  /** The countries to aggregate over, sorted: a group's members, or the countries listed. */
  private Set<String> countries(String group, List<String> area) {
    boolean listed = area != null && !area.isEmpty();
    if (group != null && listed) {
      throw ApiErrors.groupAndAreas();
    }
    if (group != null) {
      String code = group.strip();
      AreaGroup named =
          areas.group(code).orElseThrow(() -> ApiErrors.unknownGroupParameter("group", code));
      return new TreeSet<>(named.members());
    }
    if (!listed) {
      throw ApiErrors.noMembers();
    }
    Set<String> codes = areaCodes.require(area);
    List<String> groups = areaCodes.groupsAmong(codes);
    if (!groups.isEmpty()) {
      throw ApiErrors.notCountries("area", groups);
    }
    if (codes.isEmpty()) {
      throw ApiErrors.noMembers();
    }
    return new TreeSet<>(codes);
  }
}
