package org.corridor.api.vintage;

/** Example answers shown in the OpenAPI document. */
final class Examples {
  static final String LIST =
      """
      {"tableVersion": 1, "count": 2, "vintages": [
        {"name": "gfmd-2024", "createdAt": "2024-05-02T09:30:00Z", "note": null,
         "tables": {"gold.indicator_observation": 12}},
        {"name": "gfmd-2025", "createdAt": "2025-05-02T09:30:00Z",
         "note": "figures for the GFMD summit",
         "tables": {"gold.indicator_observation": 20, "gold.progress_assessment": 4}}]}
      """;

  static final String ONE =
      """
      {"name": "gfmd-2025", "createdAt": "2025-05-02T09:30:00Z",
       "note": "figures for the GFMD summit",
       "tables": {"gold.indicator_observation": 20, "gold.progress_assessment": 4}}
      """;

  static final String LIST_CSV =
      """
      name,createdAt,note,tableName,tableVersion
      gfmd-2024,2024-05-02T09:30:00Z,,gold.indicator_observation,12
      gfmd-2025,2025-05-02T09:30:00Z,figures for the GFMD summit,gold.indicator_observation,20
      gfmd-2025,2025-05-02T09:30:00Z,figures for the GFMD summit,gold.progress_assessment,4
      """;

  static final String REVISIONS =
      """
      {"from": "gfmd-2024", "fromVersion": 12, "to": "gfmd-2025", "toVersion": 20,
       "added": 1, "changed": 1, "withdrawn": 0,
       "page": {"number": 0, "size": 1000, "totalElements": 2, "totalPages": 1},
       "revisions": [
        {"change": "ADDED", "indicator": "17.3.2", "series": "17.3.2", "area": "SLV",
         "period": "2024", "sex": null, "age": null, "origin": null, "destination": null,
         "providerType": null, "policyDomain": null, "oldValue": null, "newValue": 23.5},
        {"change": "CHANGED", "indicator": "17.3.2", "series": "17.3.2", "area": "SLV",
         "period": "2023", "sex": null, "age": null, "origin": null, "destination": null,
         "providerType": null, "policyDomain": null, "oldValue": 23.8, "newValue": 23.9}]}
      """;

  static final String REVISIONS_CSV =
      """
      change,indicator,series,area,period,sex,age,origin,destination,providerType,\
      policyDomain,oldValue,newValue
      ADDED,17.3.2,17.3.2,SLV,2024,,,,,,,,23.5
      CHANGED,17.3.2,17.3.2,SLV,2023,,,,,,,23.8,23.9
      """;

  static final String UNKNOWN_VINTAGE =
      """
      {"type": "urn:corridor:problem:unknown-vintage", "title": "Unknown vintage",
       "status": 404, "detail": "No vintage is named 'gfmd-2030'; known: gfmd-2024, gfmd-2025.",
       "parameter": "to", "allowedValues": ["gfmd-2024", "gfmd-2025"],
       "instance": "/api/v1/vintages/gfmd-2024/revisions/gfmd-2030"}
      """;

  static final String UNKNOWN_NAME =
      """
      {"type": "urn:corridor:problem:unknown-vintage", "title": "Unknown vintage",
       "status": 404, "detail": "No vintage is named 'gfmd-2030'; known: gfmd-2024, gfmd-2025.",
       "parameter": "name", "allowedValues": ["gfmd-2024", "gfmd-2025"],
       "instance": "/api/v1/vintages/gfmd-2030"}
      """;

  private Examples() {}
}
