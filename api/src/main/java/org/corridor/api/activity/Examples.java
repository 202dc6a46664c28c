package org.corridor.api.activity;

/** Example activity answers shown in the OpenAPI document. */
final class Examples {
  static final String RCPS =
      """
      {"tableVersion": 3, "rcps": [
        {"code": "COLOMBO", "name": "Colombo Process (Ministerial Consultation on Overseas\
       Employment and Contractual Labour for Countries of Origin in Asia)",
         "areaCode": "RCP_COLOMBO", "annexGroup": 1, "memberCount": 12,
         "reported": 9, "noExampleProvided": 2, "noResponseGiven": 0},
        {"code": "ADD", "name": "Abu Dhabi Dialogue", "areaCode": "RCP_ADD", "annexGroup": null,
         "memberCount": 18, "reported": 0, "noExampleProvided": 0, "noResponseGiven": 0}]}\
      """;

  static final String RCPS_CSV =
      """
      code,name,areaCode,annexGroup,memberCount,reported,noExampleProvided,noResponseGiven
      COLOMBO,Colombo Process (...),RCP_COLOMBO,1,12,9,2,0
      ADD,Abu Dhabi Dialogue,RCP_ADD,,18,0,0,0
      """;

  static final String RCP_ACTIVITIES =
      """
      {"table": "silver.rcp_activity", "tableVersion": 3,
       "page": {"number": 0, "size": 1000, "totalElements": 1, "totalPages": 1},
       "activities": [
        {"source": "seed 004_7481cac916b1bf42, Annex B", "rcp": "MIDSA", "thematicGroup": 1,
         "activityColumn": "capacity_building", "sequence": 2, "status": "REPORTED",
         "text": "Exchange of best practice and information at different thematic workshops ...",
         "years": [2004, 2005, 2006], "countries": [], "gfmdRoundtables": ["RT3a", "RT3c", "RT3d"],
         "gcmObjectives": [2, 23], "sdgTargets": ["10.7"], "note": null}]}\
      """;

  static final String RCP_ACTIVITIES_CSV =
      """
      source,rcp,thematicGroup,activityColumn,sequence,status,text,years,countries,\
      gfmdRoundtables,gcmObjectives,sdgTargets,note
      "seed 004_7481cac916b1bf42, Annex B",MIDSA,1,capacity_building,2,REPORTED,Exchange of \
      best practice ...,2004;2005;2006,,RT3a;RT3c;RT3d,2;23,10.7,
      """;

  static final String GFMD_ACTIVITIES =
      """
      {"table": "silver.gfmd_activity", "tableVersion": 2,
       "page": {"number": 0, "size": 1000, "totalElements": 1, "totalPages": 1},
       "activities": [
        {"source": "seed 003_cd03aca956712643, matrix of projects/activities",
         "recordId": "RT1a-2", "recordType": "ACTIVITY", "theme": "T1", "roundtable": "RT1",
         "subTheme": "RT1a", "title": "Establish migration centres for potential migrants ...",
         "description": "In addition, these centres could help ...",
         "objective": "Enhance brain gain ...", "partners": ["IOM"], "countries": [],
         "years": [], "gcmObjectives": [3, 5, 18, 23], "sdgTargets": ["10.7", "17.16"],
         "note": null}]}\
      """;

  static final String UNKNOWN_RCP =
      """
      {"type": "urn:corridor:problem:unknown-rcp", "title": "Unknown RCP", "status": 404,
       "detail": "No Regional Consultative Process has code 'XYZ'; GET /api/v1/rcps lists them\
       (e.g. COLOMBO, MIDSA).", "parameter": "code",
       "allowedValues": ["COLOMBO", "ADD", "RCM", "..."]}\
      """;

  static final String UNSUPPORTED_STATUS =
      """
      {"type": "urn:corridor:problem:unsupported-value", "title": "Unsupported value",
       "status": 400, "detail": "status is 'DONE'; use one of REPORTED, NO_EXAMPLE_PROVIDED,\
       NO_RESPONSE_GIVEN.", "parameter": "status",
       "allowedValues": ["REPORTED", "NO_EXAMPLE_PROVIDED", "NO_RESPONSE_GIVEN"]}\
      """;

  static final String UNKNOWN_ROUNDTABLE =
      """
      {"type": "urn:corridor:problem:unsupported-value", "title": "Unsupported value",
       "status": 400, "detail": "roundtable is 'RT9'; use one of RT1, RT1a, ...",
       "parameter": "roundtable", "allowedValues": ["RT1", "RT1a", "..."]}\
      """;

  private Examples() {}

  static final String GFMD_ACTIVITIES_CSV =
      """
      source,recordId,recordType,theme,roundtable,subTheme,title,description,objective,partners,\
      countries,years,gcmObjectives,sdgTargets,note
      "seed 003_cd03aca956712643, matrix of projects/activities",RT1a-2,ACTIVITY,T1,RT1,RT1a,\
      Establish migration centres for potential migrants ...,In addition ...,Enhance brain gain \
      ...,IOM,,,3;5;18;23,10.7;17.16,
      """;
}
