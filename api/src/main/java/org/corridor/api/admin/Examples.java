package org.corridor.api.admin;

/** Example requests and answers of the admin endpoints, shown in the OpenAPI document. */
final class Examples {
  static final String VINTAGE_REQUEST =
      """
      {"name": "gfmd-2025", "note": "figures for the GFMD summit"}
      """;

  static final String VINTAGE_CREATED =
      """
      {"name": "gfmd-2025", "createdAt": "2025-05-02T09:30:00.123456Z",
       "note": "figures for the GFMD summit",
       "tables": {"gold.indicator_observation": 21, "gold.progress_assessment": 5}}
      """;

  static final String INVALID_NAME =
      """
      {"type": "urn:corridor:problem:invalid-vintage-name", "title": "Invalid vintage name",
       "status": 400, "detail": "name is 'GFMD 2025'; a vintage name matches\
       [a-z0-9][a-z0-9._-]*: lower-case letters and digits, then also '.', '_' or '-', e.g.\
       gfmd-2025.", "parameter": "name", "expected": "[a-z0-9][a-z0-9._-]*",
       "instance": "/api/v1/admin/vintages"}
      """;

  static final String VINTAGE_EXISTS =
      """
      {"type": "urn:corridor:problem:vintage-exists", "title": "Vintage exists", "status": 409,
       "detail": "A vintage named 'gfmd-2025' exists already and is never replaced, since it may\
       have been published; choose another name (GET /api/v1/vintages lists the names taken).",
       "parameter": "name", "instance": "/api/v1/admin/vintages"}
      """;

  static final String NOTHING_TO_PIN =
      """
      {"type": "urn:corridor:problem:nothing-to-pin", "title": "Nothing to pin", "status": 409,
       "detail": "A vintage pins the gold tables gold.indicator_observation,\
       gold.progress_assessment, and none of them exists yet; run the ETL (corridor run\
       <folder>) first.", "tables": ["gold.indicator_observation", "gold.progress_assessment"],
       "instance": "/api/v1/admin/vintages"}
      """;

  private Examples() {}

  static final String UNAUTHORIZED =
      """
      {"type": "urn:corridor:problem:unauthorized", "title": "Unauthorized", "status": 401,
       "detail": "Admin endpoints need the header Authorization: Bearer <corridor.admin.token>.",
       "header": "Authorization", "instance": "/api/v1/admin/reload"}
      """;

  static final String DISABLED =
      """
      {"type": "urn:corridor:problem:admin-disabled", "title": "Not found", "status": 404,
       "detail": "No endpoint here; admin endpoints are disabled until corridor.admin.token is set.",
       "instance": "/api/v1/admin/reload"}
      """;
}
