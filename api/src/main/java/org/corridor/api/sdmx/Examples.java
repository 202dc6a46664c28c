package org.corridor.api.sdmx;

/** Example answers shown in the OpenAPI document. */
final class Examples {
  static final String DATA_CSV =
      """
      STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,SERIES,REF_AREA,SEX,AGE,ORIGIN,DESTINATION,\
      PROVIDER_TYPE,POLICY_DOMAIN,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,NATURE,\
      AGGREGATION_METHOD,COUNTRIES_WITH_DATA,COUNTRIES_IN_GROUP,POPULATION_SHARE,COMMENT,SOURCE
      dataflow,CORRIDOR:DF_MIGRATION(1.0),I,17_3_2,17_3_2,SLV,_Z,_Z,_Z,_Z,_Z,_Z,2004,18.67,\
      PERCENT_GDP,A,C,NONE,,,,,World Bank WDI
      """;

  static final String DATA_JSON =
      """
      {"meta": {"schema": "https://json.sdmx.org/2.0.0/sdmx-json-data-schema.json",
        "id": "IREF-5c1f9a2e-0d6b-4c1e-9a57-3f0e2b8d6a41", "test": false,
        "prepared": "2026-11-23T18:00:00Z", "contentLanguages": ["en"],
        "sender": {"id": "CORRIDOR", "name": "Corridor"}},
       "data": {
        "structures": [{"name": "Corridor migration, remittance and GCM indicators",
          "dataSets": [0],
          "dimensions": {"dataSet": [],
            "series": [
              {"id": "INDICATOR", "keyPosition": 0, "values": [{"id": "17_3_2",
                "name": "17.3.2 Volume of remittances (in United States dollars) as a proportion       of total GDP"}]},
              {"id": "SERIES", "keyPosition": 1, "values": [{"id": "17_3_2", "name": "17.3.2"}]},
              {"id": "REF_AREA", "keyPosition": 2, "values": [{"id": "SLV", "name": "El Salvador"}]},
              {"id": "SEX", "keyPosition": 3, "values": [{"id": "_Z", "name": "Not applicable"}]},
              {"id": "AGE", "keyPosition": 4, "values": [{"id": "_Z", "name": "Not applicable"}]},
              {"id": "ORIGIN", "keyPosition": 5, "values": [{"id": "_Z", "name": "Not applicable"}]},
              {"id": "DESTINATION", "keyPosition": 6,
               "values": [{"id": "_Z", "name": "Not applicable"}]},
              {"id": "PROVIDER_TYPE", "keyPosition": 7,
               "values": [{"id": "_Z", "name": "Not applicable"}]},
              {"id": "POLICY_DOMAIN", "keyPosition": 8,
               "values": [{"id": "_Z", "name": "Not applicable"}]}],
            "observation": [{"id": "TIME_PERIOD", "keyPosition": 9, "roles": ["TIME_PERIOD"],
              "values": [{"id": "2004", "name": "2004"}]}]},
          "attributes": {"dataSet": [], "series": [], "observation": [
            {"id": "UNIT_MEASURE", "relationship": {"observation": {}},
             "values": [{"id": "PERCENT_GDP", "name": "% of GDP"}]},
            {"id": "OBS_STATUS", "relationship": {"observation": {}},
             "values": [{"id": "A", "name": "Normal value"}]},
            {"id": "NATURE", "relationship": {"observation": {}},
             "values": [{"id": "C", "name": "Country data"}]},
            {"id": "AGGREGATION_METHOD", "relationship": {"observation": {}},
             "values": [{"value": "NONE"}]},
            {"id": "COUNTRIES_WITH_DATA", "relationship": {"observation": {}}, "values": []},
            {"id": "COUNTRIES_IN_GROUP", "relationship": {"observation": {}}, "values": []},
            {"id": "POPULATION_SHARE", "relationship": {"observation": {}}, "values": []},
            {"id": "COMMENT", "relationship": {"observation": {}}, "values": []},
            {"id": "SOURCE", "relationship": {"observation": {}},
             "values": [{"value": "World Bank WDI"}]}]},
          "measures": {"observation": [{"id": "OBS_VALUE", "name": "Observation value"}]}}],
        "dataSets": [{"structure": 0, "action": "Information",
          "series": {"0:0:0:0:0:0:0:0:0": {"observations": {
            "0": [18.67, 0, 0, 0, 0, null, null, null, null, 0]}}}}]}}
      """;

  static final String GENERIC_DATA =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <message:GenericData
          xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
          xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"
          xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
       <message:Header><message:ID>IREF-5c1f9a2e</message:ID><message:Test>false</message:Test>
        <message:Prepared>2026-11-23T18:00:00Z</message:Prepared><message:Sender id="CORRIDOR"/>
        <message:Structure structureID="CORRIDOR_DF_MIGRATION_1_0"
            dimensionAtObservation="TIME_PERIOD"><common:StructureUsage>
          <Ref agencyID="CORRIDOR" id="DF_MIGRATION" version="1.0"/></common:StructureUsage>
        </message:Structure></message:Header>
       <message:DataSet structureRef="CORRIDOR_DF_MIGRATION_1_0"><generic:Series>
        <generic:SeriesKey><generic:Value id="INDICATOR" value="17_3_2"/>
         <generic:Value id="SERIES" value="17_3_2"/><generic:Value id="REF_AREA" value="SLV"/>
         <generic:Value id="SEX" value="_Z"/><generic:Value id="AGE" value="_Z"/>
         <generic:Value id="ORIGIN" value="_Z"/><generic:Value id="DESTINATION" value="_Z"/>
         <generic:Value id="PROVIDER_TYPE" value="_Z"/><generic:Value id="POLICY_DOMAIN" value="_Z"/>
        </generic:SeriesKey>
        <generic:Obs><generic:ObsDimension value="2004"/><generic:ObsValue value="18.67"/>
         <generic:Attributes><generic:Value id="UNIT_MEASURE" value="PERCENT_GDP"/>
          <generic:Value id="OBS_STATUS" value="A"/><generic:Value id="NATURE" value="C"/>
          <generic:Value id="AGGREGATION_METHOD" value="NONE"/>
          <generic:Value id="SOURCE" value="World Bank WDI"/></generic:Attributes></generic:Obs>
       </generic:Series></message:DataSet></message:GenericData>
      """;

  static final String SHORT_KEY =
      """
      {"type": "urn:corridor:problem:malformed-parameter", "title": "Malformed parameter",
       "status": 400, "parameter": "key",
       "detail": "key is '17_3_2.SLV'; expected all, or 9 dot-separated positions\
       (INDICATOR.SERIES.REF_AREA.SEX.AGE.ORIGIN.DESTINATION.PROVIDER_TYPE.POLICY_DOMAIN), not 2.",
       "instance": "/sdmx/rest/data/DF_MIGRATION/17_3_2.SLV"}
      """;

  static final String NO_RESULTS =
      """
      {"type": "urn:corridor:problem:no-results-found", "title": "NoResultsFound",
       "status": 404, "parameter": "key",
       "detail": "No observation matches key '17_3_2..XXX......' and the period bounds; widen the\
       key or the periods.",
       "instance": "/sdmx/rest/data/DF_MIGRATION/17_3_2..XXX......"}
      """;

  static final String UNKNOWN_VINTAGE =
      """
      {"type": "urn:corridor:problem:unknown-vintage", "title": "Unknown vintage",
       "status": 404, "detail": "No vintage is named 'gfmd-2030'; known: gfmd-2024, gfmd-2025.",
       "parameter": "vintage", "allowedValues": ["gfmd-2024", "gfmd-2025"],
       "instance": "/sdmx/rest/data/DF_MIGRATION/all"}
      """;

  static final String DATAFLOW =
      """
      {"meta": {"schema": "https://json.sdmx.org/2.0.0/sdmx-json-structure-schema.json",
        "id": "IREF-...", "test": false, "prepared": "2026-11-23T18:00:00Z"},
       "data": {"dataflows": [{"id": "DF_MIGRATION", "agencyID": "CORRIDOR", "version": "1.0",
        "isFinal": true, "name": "Corridor migration, remittance and GCM indicators",
        "urn": "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=CORRIDOR:DF_MIGRATION(1.0)",
        "structure": "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=CORRIDOR:DSD_MIGRATION(1.0)"}]}}
      """;

  static final String CODELIST =
      """
      {"meta": {"schema": "https://json.sdmx.org/2.0.0/sdmx-json-structure-schema.json"},
       "data": {"codelists": [{"id": "CL_SEX", "agencyID": "CORRIDOR", "version": "1.0",
        "name": "Sex", "isPartial": false, "codes": [{"id": "F", "name": "Female"},
        {"id": "M", "name": "Male"}, {"id": "_T", "name": "Total"},
        {"id": "_Z", "name": "Not applicable"}]}]}}
      """;

  static final String UNKNOWN_ARTEFACT =
      """
      {"type": "urn:corridor:problem:unknown-artefact", "title": "Unknown SDMX artefact",
       "status": 404, "parameter": "resourceID", "allowedValues": ["DF_MIGRATION"],
       "detail": "resourceID 'DF_OTHER' names no artefact here; known: DF_MIGRATION.",
       "instance": "/sdmx/rest/dataflow/CORRIDOR/DF_OTHER"}
      """;

  private Examples() {}

  static final String TOO_LARGE =
      """
      {"type": "urn:corridor:problem:answer-too-large", "title": "Answer too large",
       "status": 413, "parameter": "key", "observations": 1843200, "limit": 1000000,
       "detail": "The query selects 1843200 observations, more than the 1000000 one answer holds\
       (corridor.limits.max-observations); narrow the key or the periods (startPeriod, endPeriod,\
       lastNObservations), or page through /api/v1/indicators/{code}/observations.",
       "instance": "/sdmx/rest/data/CORRIDOR,DF_MIGRATION,1.0/all"}
      """;

  /** The data structure, its lists cut to their first component. */
  static final String STRUCTURE =
      """
      {"meta": {"schema": "https://json.sdmx.org/2.0.0/sdmx-json-structure-schema.json",
        "id": "IREF-...", "test": false, "prepared": "2026-11-23T18:00:00Z"},
       "data": {"dataStructures": [{"id": "DSD_MIGRATION", "agencyID": "CORRIDOR",
        "version": "1.0", "isFinal": true, "name": "Corridor indicator observations",
        "urn": "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=CORRIDOR:DSD_MIGRATION(1.0)",
        "dataStructureComponents": {
         "dimensionList": {"id": "DimensionDescriptor",
          "dimensions": [{"id": "INDICATOR",
           "conceptIdentity": "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=CORRIDOR:CS_MIGRATION(1.0).INDICATOR",
           "localRepresentation": {"enumeration": "urn:sdmx:org.sdmx.infomodel.codelist.Codelist=CORRIDOR:CL_INDICATOR(1.0)"},
           "position": 0, "type": "Dimension"}],
          "timeDimensions": [{"id": "TIME_PERIOD", "position": 9, "type": "TimeDimension",
           "conceptIdentity": "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=CORRIDOR:CS_MIGRATION(1.0).TIME_PERIOD",
           "localRepresentation": {"format": {"dataType": "ObservationalTimePeriod"}}}]},
         "attributeList": {"id": "AttributeDescriptor", "attributes": [{"id": "UNIT_MEASURE",
           "usage": "mandatory", "attributeRelationship": {"observation": {}}}]},
         "measureList": {"id": "MeasureDescriptor", "measures": [{"id": "OBS_VALUE",
           "usage": "mandatory", "localRepresentation": {"format": {"dataType": "Double"}}}]}}}]}}
      """;

  /** The concept scheme, its concepts cut to two. */
  static final String CONCEPT_SCHEME =
      """
      {"meta": {"schema": "https://json.sdmx.org/2.0.0/sdmx-json-structure-schema.json",
        "id": "IREF-...", "test": false, "prepared": "2026-11-23T18:00:00Z"},
       "data": {"conceptSchemes": [{"id": "CS_MIGRATION", "agencyID": "CORRIDOR",
        "version": "1.0", "isFinal": true, "name": "Corridor indicator concepts",
        "urn": "urn:sdmx:org.sdmx.infomodel.conceptscheme.ConceptScheme=CORRIDOR:CS_MIGRATION(1.0)",
        "isPartial": false,
        "concepts": [{"id": "INDICATOR", "name": "Indicator"},
         {"id": "REF_AREA", "name": "Reference area"}]}]}}
      """;
}
