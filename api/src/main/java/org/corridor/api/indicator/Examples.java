package org.corridor.api.indicator;

/** Example answers shown in the OpenAPI document. */
final class Examples {
  static final String INDICATOR =
      """
      {"code": "17.3.2",
       "name": "Volume of remittances (in United States dollars) as a proportion of total GDP",
       "description": "Personal remittances received divided by gross domestic product.",
       "sdgTargets": ["17.3"], "gcmObjectives": [19, 20], "gfmdRoundtables": ["RT2", "RT2b"],
       "unit": "PERCENT_GDP", "unitLabel": "% of GDP", "custodian": "World Bank",
       "computation": "remittances received / GDP x 100, per country and year",
       "aggregation": "RATIO_OF_SUMS", "scale": 100.0, "direction": "INCREASE", "target": null,
       "status": "COMPUTED"}
      """;

  static final String CATALOGUE =
      "{\"catalogueVersion\": \"2026.1\", \"indicators\": [" + INDICATOR + "]}";

  static final String UNKNOWN_INDICATOR =
      """
      {"type": "urn:corridor:problem:unknown-indicator", "title": "Unknown indicator",
       "status": 404, "parameter": "code",
       "detail": "No indicator has code '99.9.9'; GET /api/v1/indicators lists the catalogue's codes.",
       "instance": "/api/v1/indicators/99.9.9"}
      """;

  private Examples() {}
}
