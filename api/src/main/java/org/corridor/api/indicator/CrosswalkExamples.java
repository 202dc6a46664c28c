package org.corridor.api.indicator;

/** Example crosswalk answers shown in the OpenAPI document. */
final class CrosswalkExamples {
  static final String SDG_TARGETS =
      """
      {"targets": [
        {"code": "10.7", "goal": 10, "title": "Facilitate orderly, safe, regular and responsible\
       migration and mobility of people ...", "indicatorCount": 9},
        {"code": "10.c", "goal": 10, "title": "By 2030, reduce to less than 3 per cent the\
       transaction costs of migrant remittances ...", "indicatorCount": 3}]}
      """;

  static final String SDG_TARGETS_CSV =
      """
      code,goal,title,indicatorCount
      10.c,10,"By 2030, reduce to less than 3 per cent the transaction costs ...",3
      """;

  static final String SDG_TARGET =
      """
      {"target": {"code": "10.c", "goal": 10, "title": "By 2030, reduce to less than 3 per cent\
       the transaction costs of migrant remittances ...", "indicatorCount": 3},
       "indicators": [
        {"code": "10.c.1", "name": "Remittance costs as a proportion of the amount remitted",
         "sdgTargets": ["10.c"], "gcmObjectives": [20], "gfmdRoundtables": ["RT2", "RT2a"],
         "unit": "PERCENT", "status": "COMPUTED"}]}
      """;

  static final String GCM_OBJECTIVES =
      """
      {"objectives": [
        {"number": 20, "shortLabel": "remittances", "title": "Promote faster, safer and cheaper\
       transfer of remittances and foster financial inclusion of migrants", "indicatorCount": 4}]}
      """;

  static final String GCM_OBJECTIVE =
      """
      {"objective": {"number": 20, "shortLabel": "remittances", "title": "Promote faster, safer\
       and cheaper transfer of remittances and foster financial inclusion of migrants",
       "indicatorCount": 4},
       "indicators": [
        {"code": "17.3.2", "sdgTargets": ["17.3"], "gcmObjectives": [19, 20],
         "gfmdRoundtables": ["RT2", "RT2b"], "unit": "PERCENT_GDP", "status": "COMPUTED"}]}
      """;

  static final String ROUNDTABLES =
      """
      {"roundtables": [
        {"code": "RT2", "kind": "ROUNDTABLE", "title": "Remittances and Other Diaspora Resources:\
       Increasing Their Volume and Developmental Value", "theme": "T1", "roundtable": null,
         "indicatorCount": 6},
        {"code": "RT2a", "kind": "SUB_THEME", "title": "Improving Remittance Services",
         "theme": "T1", "roundtable": "RT2", "indicatorCount": 2}]}
      """;

  static final String ROUNDTABLE =
      """
      {"roundtable": {"code": "RT2a", "kind": "SUB_THEME", "title": "Improving Remittance\
       Services", "theme": "T1", "roundtable": "RT2", "indicatorCount": 2},
       "indicators": [
        {"code": "10.c.1", "gfmdRoundtables": ["RT2", "RT2a"], "status": "COMPUTED"},
        {"code": "10.c.1.SMART", "gfmdRoundtables": ["RT2a"], "status": "COMPUTED"}]}
      """;

  static final String UNKNOWN_TARGET =
      """
      {"type": "urn:corridor:problem:unknown-sdg-target", "title": "Unknown SDG target",
       "status": 404, "parameter": "target",
       "detail": "No SDG target in Corridor's reference list has code '1.1'; it knows 5.1, ...",
       "allowedValues": ["5.1", "5.2", "8.7", "8.8", "10.7", "10.c", "16.2", "16.9", "17.3",\
       "17.16", "17.18"],
       "instance": "/api/v1/sdg/targets/1.1/indicators"}
      """;

  static final String MALFORMED_TARGET =
      """
      {"type": "urn:corridor:problem:malformed-parameter", "title": "Malformed parameter",
       "status": 400, "parameter": "target",
       "detail": "target is '10-c'; expected an SDG target code: goal number, a dot, a number or\
       letter, e.g. 10.c.",
       "expected": "an SDG target code: goal number, a dot, a number or letter, e.g. 10.c",
       "instance": "/api/v1/sdg/targets/10-c/indicators"}
      """;

  static final String OBJECTIVE_OUT_OF_RANGE =
      """
      {"type": "urn:corridor:problem:out-of-range", "title": "Parameter out of range",
       "status": 400, "parameter": "objective",
       "detail": "objective is 99; it must be between 1 and 23.",
       "expected": "an integer from 1 to 23",
       "instance": "/api/v1/gcm/objectives/99/indicators"}
      """;

  static final String UNKNOWN_ROUNDTABLE =
      """
      {"type": "urn:corridor:problem:unknown-roundtable", "title": "Unknown GFMD roundtable",
       "status": 404, "parameter": "roundtable",
       "detail": "No GFMD roundtable or sub-theme has code 'RT9'; GET /api/v1/gfmd/roundtables\
       lists them.",
       "allowedValues": ["RT1", "RT1a", "...", "RT3d"],
       "instance": "/api/v1/gfmd/roundtables/RT9/indicators"}
      """;

  private CrosswalkExamples() {}

  static final String GCM_OBJECTIVES_CSV =
      """
      number,shortLabel,title,indicatorCount
      20,remittances,"Promote faster, safer and cheaper transfer of remittances and foster \
      financial inclusion of migrants",4
      """;

  static final String ROUNDTABLES_CSV =
      """
      code,kind,title,theme,roundtable,indicatorCount
      RT2,ROUNDTABLE,Remittances and Other Diaspora Resources: Increasing Their Volume and \
      Developmental Value,T1,,6
      RT2a,SUB_THEME,Improving Remittance Services,T1,RT2,2
      """;

  static final String MALFORMED_ROUNDTABLE =
      """
      {"type": "urn:corridor:problem:malformed-parameter", "title": "Malformed parameter",
       "status": 400, "parameter": "roundtable",
       "detail": "roundtable is 'R2'; expected a GFMD roundtable code (e.g. RT2) or sub-theme code\
       (e.g. RT2a).",
       "expected": "a GFMD roundtable code (e.g. RT2) or sub-theme code (e.g. RT2a)",
       "instance": "/api/v1/gfmd/roundtables/R2/indicators"}
      """;
}
