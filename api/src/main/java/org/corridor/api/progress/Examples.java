package org.corridor.api.progress;

/** Example answers shown in the OpenAPI document. */
final class Examples {
  static final String PAGE =
      """
      {"vintage": null, "asOf": null, "tableVersion": 4,
       "page": {"number": 0, "size": 1000, "totalElements": 1, "totalPages": 1},
       "assessments": [
        {"indicator": "10.c.1", "series": "10.c.1", "area": "SLV", "method": "OPEN_SDG",
         "baselinePeriod": "2015", "baselineValue": 5.2, "latestPeriod": "2023",
         "latestValue": 3.9, "targetValue": 3.0, "observedCagr": -0.0353,
         "requiredCagr": -0.0366, "ratio": 0.96, "currentStatusIndex": null,
         "projectedValue": null, "category": "ON_TRACK",
         "thresholds": "R = d * observed CAGR / |CAGR required to reach the target by the target\
       year| (d = +1 to rise, -1 to fall): target achieved when the latest value has reached it;\
       R >= 0.95 on track; 0.60 <= R < 0.95 acceleration needed; 0 <= R < 0.60 limited\
       progress; R < 0 deterioration"}]}
      """;

  static final String CSV =
      """
      indicator,series,area,method,baselinePeriod,baselineValue,latestPeriod,latestValue,\
      targetValue,observedCagr,requiredCagr,ratio,currentStatusIndex,projectedValue,category,\
      thresholds
      10.c.1,10.c.1,SLV,OPEN_SDG,2015,5.2,2023,3.9,3,-0.0353,-0.0366,0.96,,,ON_TRACK,"R = d * ..."
      """;

  static final String UNKNOWN_METHOD =
      """
      {"type": "urn:corridor:problem:unsupported-value", "title": "Unsupported value",
       "status": 400, "detail": "method is 'UNSD'; use one of OPEN_SDG, ESCAP.",
       "parameter": "method", "allowedValues": ["OPEN_SDG", "ESCAP"],
       "instance": "/api/v1/progress"}
      """;

  static final String UNKNOWN_INDICATOR =
      """
      {"type": "urn:corridor:problem:unknown-indicator", "title": "Unknown indicator",
       "status": 400,
       "detail": "Unknown indicator code 99.9.9; GET /api/v1/indicators lists the catalogue's codes.",
       "parameter": "indicator", "unknownValues": ["99.9.9"], "instance": "/api/v1/progress"}
      """;

  static final String UNKNOWN_VINTAGE =
      """
      {"type": "urn:corridor:problem:unknown-vintage", "title": "Unknown vintage",
       "status": 404, "detail": "No vintage is named 'gfmd-2030'; known: gfmd-2024, gfmd-2025.",
       "parameter": "vintage", "allowedValues": ["gfmd-2024", "gfmd-2025"],
       "instance": "/api/v1/progress"}
      """;

  private Examples() {}
}
