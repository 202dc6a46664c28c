package org.corridor.api.area;

/** Example area answers shown in the OpenAPI document. */
final class AreaExamples {
  private static final String SLV =
      """
      {"code": "SLV", "name": "El Salvador", "kind": "COUNTRY", "groupKind": null,
       "iso2": "SV", "m49": "222", "memberCount": null,
       "groups": ["WLD", "M49_019", "M49_419", "M49_013", "SDG_419", "UMC", "RCP_RCM"]}\
      """;

  private static final String RCP_COLOMBO =
      """
      {"code": "RCP_COLOMBO", "name": "Colombo Process (Ministerial Consultation on Overseas\
       Employment and Contractual Labour for Countries of Origin in Asia)", "kind": "AGGREGATE",
       "groupKind": "RCP", "iso2": null, "m49": null, "memberCount": 12, "groups": []}\
      """;

  static final String AREAS = "{\"count\": 2, \"areas\": [" + SLV + ", " + RCP_COLOMBO + "]}";

  static final String AREAS_CSV =
      """
      code,name,kind,groupKind,iso2,m49,memberCount,groups
      SLV,El Salvador,COUNTRY,,SV,222,,WLD;M49_019;M49_419;M49_013;SDG_419;UMC;RCP_RCM
      SDG_419,Latin America and the Caribbean,AGGREGATE,SDG_REGION,,419,52,
      """;

  static final String AREA =
      "{\"area\": "
          + SLV
          + """
          , "memberships": [
            {"code": "WLD", "name": "World", "groupKind": "WORLD"},
            {"code": "M49_019", "name": "Americas", "groupKind": "M49_REGION"},
            {"code": "M49_419", "name": "Latin America and the Caribbean",
             "groupKind": "M49_SUB_REGION"},
            {"code": "M49_013", "name": "Central America", "groupKind": "M49_INTERMEDIATE_REGION"},
            {"code": "SDG_419", "name": "Latin America and the Caribbean",
             "groupKind": "SDG_REGION"},
            {"code": "UMC", "name": "Upper middle income", "groupKind": "INCOME_GROUP"},
            {"code": "RCP_RCM", "name": "Regional Conference on Migration (Puebla Process)",
             "groupKind": "RCP"}]}
          """;

  static final String MEMBERS =
      "{\"group\": "
          + RCP_COLOMBO
          + """
          , "count": 12, "members": [
            {"code": "AFG", "name": "Afghanistan", "kind": "COUNTRY", "groupKind": null,
             "iso2": "AF", "m49": "004", "memberCount": null,
             "groups": ["WLD", "M49_142", "M49_034", "SDG_062", "LIC", "RCP_COLOMBO", "RCP_ADD",
              "RCP_BALI", "RCP_BUDAPEST", "RCP_ALMATY"]}]}
          """;

  static final String UNSUPPORTED_KIND =
      """
      {"type": "urn:corridor:problem:unsupported-value", "title": "Unsupported value",
       "status": 400, "parameter": "groupKind",
       "detail": "groupKind is 'REGION'; use one of WORLD, M49_REGION, M49_SUB_REGION,\
       M49_INTERMEDIATE_REGION, SDG_REGION, INCOME_GROUP, OACPS, RCP.",
       "allowedValues": ["WORLD", "M49_REGION", "M49_SUB_REGION", "M49_INTERMEDIATE_REGION",\
       "SDG_REGION", "INCOME_GROUP", "OACPS", "RCP"],
       "instance": "/api/v1/areas"}
      """;

  static final String UNKNOWN_AREA =
      """
      {"type": "urn:corridor:problem:unknown-area", "title": "Unknown area", "status": 404,
       "parameter": "code",
       "detail": "No country or aggregate has code 'XXX'; use an ISO 3166-1 alpha-3 country code\
       (e.g. SLV) or a Corridor aggregate code (e.g. SDG_419), upper case; GET /api/v1/areas\
       lists them.",
       "expected": "ISO3 country code or Corridor aggregate code",
       "instance": "/api/v1/areas/XXX"}
      """;

  static final String NOT_A_GROUP =
      """
      {"type": "urn:corridor:problem:not-a-group", "title": "Not a group", "status": 400,
       "parameter": "code",
       "detail": "SLV is a country, not a group, so it has no members; GET /api/v1/areas/SLV\
       lists the groups it belongs to.",
       "expected": "Corridor aggregate code", "instance": "/api/v1/groups/SLV/members"}
      """;

  static final String UNKNOWN_GROUP =
      """
      {"type": "urn:corridor:problem:unknown-group", "title": "Unknown group", "status": 404,
       "parameter": "code",
       "detail": "No aggregate has code 'RCP_XXX'; GET /api/v1/areas?kind=AGGREGATE lists the\
       aggregate codes.",
       "expected": "Corridor aggregate code", "instance": "/api/v1/groups/RCP_XXX/members"}
      """;

  private AreaExamples() {}

  static final String MEMBERS_CSV =
      """
      code,name,kind,groupKind,iso2,m49,memberCount,groups
      AFG,Afghanistan,COUNTRY,,AF,004,,WLD;M49_142;M49_034;SDG_062;LIC;RCP_COLOMBO
      BGD,Bangladesh,COUNTRY,,BD,050,,WLD;M49_142;M49_034;SDG_062;LMC;RCP_COLOMBO;RCP_ADD
      """;
}
