package org.corridor.api.problem;

import java.net.URI;
import java.util.List;
import org.corridor.warehouse.table.ColumnType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Every error the API raises, in one place. Errors a client caused are RFC 9457 problems that say
 * which parameter is wrong and, where the choice is finite, what it may be; errors in the
 * warehouse's tables say which column is wrong.
 */
public final class ApiErrors {
  /** Extension member naming the offending query or path parameter. */
  public static final String PARAMETER = "parameter";

  /** Extension member listing the values a parameter accepts. */
  public static final String ALLOWED_VALUES = "allowedValues";

  /** Extension member describing the form a parameter's value must have. */
  public static final String EXPECTED = "expected";

  private static final String TYPE_PREFIX = "urn:corridor:problem:";

  private ApiErrors() {}

  public static ErrorResponseException unknownIndicator(String code) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "unknown-indicator",
            "Unknown indicator",
            "No indicator has code '"
                + code
                + "'; GET /api/v1/indicators lists the catalogue's codes.");
    problem.setProperty(PARAMETER, "code");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  public static ErrorResponseException unknownArea(List<String> codes) {
    ProblemDetail problem =
        badRequest(
            "unknown-area",
            "Unknown area",
            "Unknown area code"
                + (codes.size() > 1 ? "s " : " ")
                + String.join(", ", codes)
                + "; use ISO 3166-1 alpha-3 country codes (e.g. SLV) or Corridor aggregate codes"
                + " (e.g. WLD, SDG_202), upper case.");
    problem.setProperty(PARAMETER, "area");
    problem.setProperty("unknownValues", List.copyOf(codes));
    problem.setProperty(EXPECTED, "ISO3 country code or Corridor aggregate code");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException notAggregable(String indicator, List<String> groups) {
    ProblemDetail problem =
        badRequest(
            "not-aggregable",
            "Indicator is not aggregable",
            indicator
                + " has no value for "
                + String.join(", ", groups)
                + ": its custodian publishes no aggregate of it, so Corridor computes none; ask"
                + " for country codes.");
    problem.setProperty(PARAMETER, "area");
    problem.setProperty("notAggregable", List.copyOf(groups));
    problem.setProperty(EXPECTED, "ISO3 country codes");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException malformedYear(String parameter, String value) {
    return malformedParameter(parameter, value, "a four-digit year, e.g. 2015");
  }

  public static ErrorResponseException reversedYears(int from, int to) {
    ProblemDetail problem =
        badRequest(
            "reversed-years",
            "Year range is reversed",
            "from (" + from + ") is after to (" + to + "); give from <= to.");
    problem.setProperty(PARAMETER, "from");
    problem.setProperty(EXPECTED, "a year not after to (" + to + ")");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException outOfRange(
      String parameter, long value, long min, long max) {
    ProblemDetail problem =
        badRequest(
            "out-of-range",
            "Parameter out of range",
            parameter + " is " + value + "; it must be between " + min + " and " + max + ".");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty(EXPECTED, "an integer from " + min + " to " + max);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException unknownParameter(String parameter, List<String> declared) {
    ProblemDetail problem =
        badRequest(
            "unknown-parameter",
            "Unknown query parameter",
            "This endpoint has no parameter '"
                + parameter
                + "'"
                + (declared.isEmpty()
                    ? "; it takes none."
                    : "; it takes " + String.join(", ", declared) + "."));
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty(ALLOWED_VALUES, List.copyOf(declared));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException unsupportedFormat(String value, List<String> allowed) {
    ProblemDetail problem =
        badRequest(
            "unsupported-format",
            "Unsupported format",
            "format '" + value + "' is not served here; use one of " + String.join(", ", allowed));
    problem.setProperty(PARAMETER, "format");
    problem.setProperty(ALLOWED_VALUES, List.copyOf(allowed));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException malformedParameter(
      String parameter, String value, String expected) {
    ProblemDetail problem =
        badRequest(
            "malformed-parameter",
            "Malformed parameter",
            parameter + " is '" + value + "'; expected " + expected + ".");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty(EXPECTED, expected);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  static ProblemDetail notAcceptable(List<String> mediaTypes) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_ACCEPTABLE,
            "not-acceptable",
            "Not acceptable",
            "No representation matches the Accept header; this endpoint serves "
                + String.join(", ", mediaTypes)
                + ".");
    problem.setProperty("header", "Accept");
    problem.setProperty(ALLOWED_VALUES, List.copyOf(mediaTypes));
    return problem;
  }

  static ProblemDetail internalError() {
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "Internal error",
        "The server could not answer this request. The error has been logged; retry later or"
            + " report it with the time of the request.");
  }

  public static IllegalStateException missingColumn(String table, String column) {
    return new IllegalStateException(
        table
            + " has no column "
            + column
            + "; the table was written with another schema than warehouse's TableSpec;"
            + " rebuild it with the ETL of this release");
  }

  public static IllegalStateException columnTypeMismatch(
      String table, String column, ColumnType expected, String found) {
    return new IllegalStateException(
        table
            + "."
            + column
            + " is "
            + found
            + " but its TableSpec declares "
            + expected
            + "; rebuild the table with the ETL of this release");
  }

  public static IllegalStateException unsupportedColumnType(String column, ColumnType type) {
    return new IllegalStateException(
        "column "
            + column
            + " is "
            + type
            + ", which the in-memory store cannot hold yet; it holds STRING, INTEGER, LONG, DOUBLE"
            + " and TIMESTAMP");
  }

  public static IllegalStateException unsortableColumn(String table, String column) {
    return new IllegalStateException(
        table
            + "."
            + column
            + " is part of the row order but is not a STRING column; the store sorts rows by"
            + " dictionary codes");
  }

  public static ErrorResponseException reversedPeriods(String startPeriod, String endPeriod) {
    ProblemDetail problem =
        badRequest(
            "reversed-periods",
            "Period range is reversed",
            "startPeriod ("
                + startPeriod
                + ") begins after endPeriod ("
                + endPeriod
                + ") ends; give a startPeriod not after endPeriod.");
    problem.setProperty(PARAMETER, "startPeriod");
    problem.setProperty(EXPECTED, "a period not after endPeriod (" + endPeriod + ")");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException notAllowed(
      String parameter, String value, List<String> allowed) {
    ProblemDetail problem =
        badRequest(
            "value-not-allowed",
            "Value not allowed",
            parameter + " is '" + value + "'; use one of " + String.join(", ", allowed) + ".");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty(ALLOWED_VALUES, List.copyOf(allowed));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** An SDMX artefact (dataflow, data structure, codelist) that does not exist. */
  public static ErrorResponseException unknownArtefact(
      String parameter, String value, List<String> allowed) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "unknown-artefact",
            "Unknown SDMX artefact",
            parameter
                + " '"
                + value
                + "' names no artefact here; known: "
                + String.join(", ", allowed)
                + ".");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty(ALLOWED_VALUES, List.copyOf(allowed));
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  /** SDMX REST answers 404 "NoResultsFound" to a valid query that matches no observation. */
  public static ErrorResponseException noResultsFound(String key) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "no-results-found",
            "NoResultsFound",
            "No observation matches key '"
                + key
                + "' and the period bounds; widen the key or the periods.");
    problem.setProperty(PARAMETER, "key");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  public static IllegalStateException unreadablePeriod(String table, String period) {
    return new IllegalStateException(
        table
            + " holds period '"
            + period
            + "', which is not an SDMX period (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM-DD);"
            + " rebuild the table with the ETL of this release");
  }

  private static ProblemDetail badRequest(String type, String title, String detail) {
    return problem(HttpStatus.BAD_REQUEST, type, title, detail);
  }

  private static ProblemDetail problem(
      HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + type));
    problem.setTitle(title);
    return problem;
  }

  public static ErrorResponseException unknownSdgTarget(String code, List<String> known) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "unknown-sdg-target",
            "Unknown SDG target",
            "No SDG target in Corridor's reference list has code '"
                + code
                + "'; it knows "
                + String.join(", ", known)
                + ".");
    problem.setProperty(PARAMETER, "target");
    problem.setProperty(ALLOWED_VALUES, List.copyOf(known));
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  public static ErrorResponseException unknownRoundtable(String code, List<String> known) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "unknown-roundtable",
            "Unknown GFMD roundtable",
            "No GFMD roundtable or sub-theme has code '"
                + code
                + "'; GET /api/v1/gfmd/roundtables lists them.");
    problem.setProperty(PARAMETER, "roundtable");
    problem.setProperty(ALLOWED_VALUES, List.copyOf(known));
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  public static ErrorResponseException unsupportedValue(
      String parameter, String value, List<String> allowed) {
    ProblemDetail problem =
        badRequest(
            "unsupported-value",
            "Unsupported value",
            parameter + " is '" + value + "'; use one of " + String.join(", ", allowed) + ".");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty(ALLOWED_VALUES, List.copyOf(allowed));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException groupKindOfCountries(String groupKind) {
    ProblemDetail problem =
        badRequest(
            "conflicting-parameters",
            "Conflicting parameters",
            "groupKind "
                + groupKind
                + " selects aggregates, but kind is COUNTRY; drop one of the two, or use"
                + " GET /api/v1/groups/{code}/members for the countries of a group.");
    problem.setProperty(PARAMETER, "groupKind");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException areaNotFound(String code) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "unknown-area",
            "Unknown area",
            "No country or aggregate has code '"
                + code
                + "'; use an ISO 3166-1 alpha-3 country code (e.g. SLV) or a Corridor aggregate"
                + " code (e.g. SDG_419), upper case; GET /api/v1/areas lists them.");
    problem.setProperty(PARAMETER, "code");
    problem.setProperty(EXPECTED, "ISO3 country code or Corridor aggregate code");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  public static ErrorResponseException unknownGroup(String code) {
    return unknownGroup(HttpStatus.NOT_FOUND, "code", code);
  }

  /** An unknown aggregate named by a query parameter rather than by the path. */
  public static ErrorResponseException unknownGroupParameter(String parameter, String code) {
    return unknownGroup(HttpStatus.BAD_REQUEST, parameter, code);
  }

  private static ErrorResponseException unknownGroup(
      HttpStatus status, String parameter, String code) {
    ProblemDetail problem =
        problem(
            status,
            "unknown-group",
            "Unknown group",
            "No aggregate has code '"
                + code
                + "'; GET /api/v1/areas?kind=AGGREGATE lists the aggregate codes.");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty(EXPECTED, "Corridor aggregate code");
    return new ErrorResponseException(status, problem, null);
  }

  public static ErrorResponseException countryIsNotAGroup(String code) {
    ProblemDetail problem =
        badRequest(
            "not-a-group",
            "Not a group",
            code
                + " is a country, not a group, so it has no members; GET /api/v1/areas/"
                + code
                + " lists the groups it belongs to.");
    problem.setProperty(PARAMETER, "code");
    problem.setProperty(EXPECTED, "Corridor aggregate code");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** Admin endpoints are off while no token is configured: they answer as if absent. */
  public static ErrorResponseException adminDisabled() {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "admin-disabled",
            "Not found",
            "No endpoint here; admin endpoints are disabled until corridor.admin.token is set.");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  public static ErrorResponseException unauthorized() {
    ProblemDetail problem =
        problem(
            HttpStatus.UNAUTHORIZED,
            "unauthorized",
            "Unauthorized",
            "Admin endpoints need the header Authorization: Bearer <corridor.admin.token>.");
    problem.setProperty("header", "Authorization");
    ErrorResponseException error =
        new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
    error.getHeaders().set("WWW-Authenticate", "Bearer realm=\"corridor-admin\"");
    return error;
  }

  /** A vintage name no row of {@code gold.vintage} holds. */
  public static ErrorResponseException unknownVintage(
      String parameter, String name, List<String> known) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "unknown-vintage",
            "Unknown vintage",
            "No vintage is named '"
                + name
                + "'; "
                + (known.isEmpty()
                    ? "none has been created yet (corridor vintage create <name>)."
                    : "known: " + String.join(", ", known) + "."));
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty(ALLOWED_VALUES, List.copyOf(known));
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  /** {@code vintage} and {@code asOf} both name a version of the data: only one may be given. */
  public static ErrorResponseException vintageAndAsOf() {
    ProblemDetail problem =
        badRequest(
            "conflicting-parameters",
            "Conflicting parameters",
            "vintage and asOf each select a version of the data; give one of them, not both.");
    problem.setProperty(PARAMETER, "asOf");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** Indicator codes given as a filter that the catalogue does not hold. */
  public static ErrorResponseException unknownIndicators(List<String> codes) {
    ProblemDetail problem =
        badRequest(
            "unknown-indicator",
            "Unknown indicator",
            "Unknown indicator code"
                + (codes.size() > 1 ? "s " : " ")
                + String.join(", ", codes)
                + "; GET /api/v1/indicators lists the catalogue's codes.");
    problem.setProperty(PARAMETER, "indicator");
    problem.setProperty("unknownValues", List.copyOf(codes));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** Country codes in a corridor path that are not ISO3 codes of countries. */
  public static ErrorResponseException unknownCountries(String parameter, List<String> codes) {
    ProblemDetail problem =
        badRequest(
            "unknown-area",
            "Unknown country",
            "Unknown country code"
                + (codes.size() > 1 ? "s " : " ")
                + String.join(", ", codes)
                + "; a corridor joins two countries by their ISO 3166-1 alpha-3 codes, upper case"
                + " (e.g. MEX-USA).");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty("unknownValues", List.copyOf(codes));
    problem.setProperty(EXPECTED, "ISO3 country code");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** An on-request aggregate needs its countries: a group code or a list of countries. */
  public static ErrorResponseException noMembers() {
    ProblemDetail problem =
        badRequest(
            "missing-parameter",
            "Missing parameter",
            "Name the countries to aggregate: group=<aggregate code> (e.g. M49_013) or"
                + " area=<ISO3 codes> (e.g. MEX,GTM,SLV).");
    problem.setProperty(PARAMETER, "group");
    problem.setProperty(EXPECTED, "group or area");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  public static ErrorResponseException groupAndAreas() {
    ProblemDetail problem =
        badRequest(
            "exclusive-parameters",
            "Exclusive parameters",
            "Give group or area, not both: an aggregate is over one set of countries.");
    problem.setProperty(PARAMETER, "area");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** A parameter that takes countries named aggregates; their members are what it can take. */
  public static ErrorResponseException notCountries(String parameter, List<String> groups) {
    ProblemDetail problem =
        badRequest(
            "not-a-country",
            "Not a country",
            String.join(", ", groups)
                + (groups.size() > 1 ? " are aggregates" : " is an aggregate")
                + "; "
                + parameter
                + " takes ISO3 country codes, and group=<code> aggregates a group's members.");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty("unknownValues", List.copyOf(groups));
    problem.setProperty(EXPECTED, "ISO3 country codes");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** An RCP code that Corridor's RCP list ({@code rcps.csv}) does not hold. */
  public static ErrorResponseException unknownRcp(String code, List<String> known) {
    ProblemDetail problem =
        problem(
            HttpStatus.NOT_FOUND,
            "unknown-rcp",
            "Unknown RCP",
            "No Regional Consultative Process has code '"
                + code
                + "'; GET /api/v1/rcps lists them (e.g. COLOMBO, MIDSA).");
    problem.setProperty(PARAMETER, "code");
    problem.setProperty(ALLOWED_VALUES, List.copyOf(known));
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  /** A vintage name to create that is missing or not of the form vintage names take. */
  public static ErrorResponseException invalidVintageName(String name, String pattern) {
    ProblemDetail problem =
        badRequest(
            "invalid-vintage-name",
            "Invalid vintage name",
            (name == null ? "name is missing" : "name is '" + name + "'")
                + "; a vintage name matches "
                + pattern
                + ": lower-case letters and digits, then also '.', '_' or '-', e.g. gfmd-2025.");
    problem.setProperty(PARAMETER, "name");
    problem.setProperty(EXPECTED, pattern);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** A vintage may have been published under its name, so a name is never taken twice. */
  public static ErrorResponseException vintageExists(String name) {
    ProblemDetail problem =
        problem(
            HttpStatus.CONFLICT,
            "vintage-exists",
            "Vintage exists",
            "A vintage named '"
                + name
                + "' exists already and is never replaced, since it may have been published;"
                + " choose another name (GET /api/v1/vintages lists the names taken).");
    problem.setProperty(PARAMETER, "name");
    return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
  }

  /** A vintage pins gold tables, and none exists yet. */
  public static ErrorResponseException nothingToPin(List<String> tables) {
    ProblemDetail problem =
        problem(
            HttpStatus.CONFLICT,
            "nothing-to-pin",
            "Nothing to pin",
            "A vintage pins the gold tables "
                + String.join(", ", tables)
                + ", and none of them exists yet; run the ETL (corridor run <folder>) first.");
    problem.setProperty("tables", List.copyOf(tables));
    return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
  }

  /** An unpaged answer that would hold more observations than one answer may. */
  public static ErrorResponseException answerTooLarge(
      String parameter, long observations, int limit) {
    ProblemDetail problem =
        problem(
            HttpStatus.CONTENT_TOO_LARGE,
            "answer-too-large",
            "Answer too large",
            "The query selects "
                + observations
                + " observations, more than the "
                + limit
                + " one answer holds (corridor.limits.max-observations); narrow the "
                + parameter
                + " or the periods (startPeriod, endPeriod, lastNObservations), or page through"
                + " /api/v1/indicators/{code}/observations.");
    problem.setProperty(PARAMETER, parameter);
    problem.setProperty("observations", observations);
    problem.setProperty("limit", limit);
    return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
  }
}
