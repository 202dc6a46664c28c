package org.corridor.api.observation;

import io.swagger.v3.oas.annotations.media.Schema;

/** One aggregate computed on request, with the rule and the coverage it rests on. */
@Schema(name = "AggregateValue", description = "An aggregate computed on request")
record AggregateValue(
    @Schema(description = "Series within the indicator", example = "17.3.2") String series,
    @Schema(description = "Year or quarter", example = "2020") String period,
    @Schema(nullable = true) String sex,
    @Schema(nullable = true) String age,
    @Schema(nullable = true) String origin,
    @Schema(nullable = true) String destination,
    @Schema(nullable = true) String providerType,
    @Schema(nullable = true) String policyDomain,
    @Schema(description = "The aggregate", example = "21.6") double value,
    @Schema(description = "Sum of the countries' numerators (of their values for a sum)")
        Double numerator,
    @Schema(description = "Sum of the countries' denominators; null for a sum", nullable = true)
        Double denominator,
    @Schema(description = "Unit code", example = "PERCENT_GDP") String unit,
    @Schema(description = "The indicator's aggregation rule", example = "RATIO_OF_SUMS")
        String aggregationMethod,
    @Schema(description = "Countries whose observations went into the value", example = "3")
        int countriesWithData,
    @Schema(description = "Countries aggregated over, with data or not", example = "3")
        int countriesInGroup,
    @Schema(
            description =
                "Share of the countries' population (silver.population, same year) living in"
                    + " those with data; null without population figures for that year",
            nullable = true,
            example = "1.0")
        Double populationShare) {}
