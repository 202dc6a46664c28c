package org.corridor.api.observation;

/** Example answers shown in the OpenAPI document. */
final class Examples {
  static final String PAGE =
      """
      {"indicator": "17.3.2", "vintage": null, "asOf": null, "tableVersion": 12,
       "page": {"number": 0, "size": 1000, "totalElements": 2, "totalPages": 1},
       "observations": [
        {"series": "17.3.2", "area": "SLV", "areaKind": "COUNTRY", "period": "2004",
         "sex": null, "age": null, "origin": null, "destination": null, "providerType": null,
         "policyDomain": null, "value": 18.67, "numerator": 2.95E9, "denominator": 1.58E10,
         "unit": "PERCENT_GDP", "status": "A", "nature": "C", "aggregationMethod": "NONE",
         "countriesWithData": null, "countriesInGroup": null, "populationShare": null,
         "footnote": null, "source": "World Bank WDI"},
        {"series": "17.3.2", "area": "WLD", "areaKind": "AGGREGATE", "period": "2004",
         "sex": null, "age": null, "origin": null, "destination": null, "providerType": null,
         "policyDomain": null, "value": 0.53, "numerator": 2.2E11, "denominator": 4.2E13,
         "unit": "PERCENT_GDP", "status": "A", "nature": "C", "aggregationMethod": "RATIO_OF_SUMS",
         "countriesWithData": 180, "countriesInGroup": 217, "populationShare": 0.97,
         "footnote": null, "source": "World Bank WDI"}]}
      """;

  static final String CSV =
      """
      series,area,areaKind,period,sex,age,origin,destination,providerType,policyDomain,value,\
      numerator,denominator,unit,status,nature,aggregationMethod,countriesWithData,\
      countriesInGroup,populationShare,footnote,source
      17.3.2,SLV,COUNTRY,2004,,,,,,,18.67,2950000000,15800000000,PERCENT_GDP,A,C,NONE,,,,,\
      World Bank WDI
      """;

  static final String UNKNOWN_INDICATOR =
      """
      {"type": "urn:corridor:problem:unknown-indicator", "title": "Unknown indicator",
       "status": 404, "parameter": "code",
       "detail": "No indicator has code '99.9.9'; GET /api/v1/indicators lists the catalogue's codes.",
       "instance": "/api/v1/indicators/99.9.9/observations"}
      """;

  static final String NOT_AGGREGABLE =
      """
      {"type": "urn:corridor:problem:not-aggregable", "title": "Indicator is not aggregable",
       "status": 400,
       "detail": "10.7.1 has no value for WLD: its custodian publishes no aggregate of it, so\
       Corridor computes none; ask for country codes.",
       "parameter": "area", "notAggregable": ["WLD"], "expected": "ISO3 country codes",
       "instance": "/api/v1/indicators/10.7.1/observations"}
      """;

  static final String UNKNOWN_AREA =
      """
      {"type": "urn:corridor:problem:unknown-area", "title": "Unknown area", "status": 400,
       "detail": "Unknown area code XXX; use ISO 3166-1 alpha-3 country codes (e.g. SLV) or\
       Corridor aggregate codes (e.g. WLD, SDG_202), upper case.",
       "parameter": "area", "unknownValues": ["XXX"],
       "expected": "ISO3 country code or Corridor aggregate code",
       "instance": "/api/v1/indicators/17.3.2/observations"}
      """;

  static final String REVERSED_YEARS =
      """
      {"type": "urn:corridor:problem:reversed-years", "title": "Year range is reversed",
       "status": 400, "detail": "from (2020) is after to (2010); give from <= to.",
       "parameter": "from", "expected": "a year not after to (2010)",
       "instance": "/api/v1/indicators/17.3.2/observations"}
      """;

  static final String UNKNOWN_VINTAGE =
      """
      {"type": "urn:corridor:problem:unknown-vintage", "title": "Unknown vintage",
       "status": 404, "detail": "No vintage is named 'gfmd-2030'; known: gfmd-2024, gfmd-2025.",
       "parameter": "vintage", "allowedValues": ["gfmd-2024", "gfmd-2025"],
       "instance": "/api/v1/indicators/17.3.2/observations"}
      """;

  static final String CORRIDOR =
      """
      {"origin": "MEX", "destination": "USA", "vintage": null, "asOf": null, "tableVersion": 12,
       "indicators": [
        {"indicator": "10.c.1", "name": "Remittance costs as a proportion of the amount remitted",
         "flow": "REMITTANCES", "from": "USA", "to": "MEX", "observations": [
          {"series": "CORRIDOR_USD200", "area": "MEX", "areaKind": "COUNTRY", "period": "2023-Q4",
           "sex": null, "age": null, "origin": "USA", "destination": "MEX",
           "providerType": null, "policyDomain": null, "value": 4.3, "numerator": null,
           "denominator": null, "unit": "PERCENT_AMOUNT", "status": "A", "nature": "C",
           "aggregationMethod": "NONE", "countriesWithData": null, "countriesInGroup": null,
           "populationShare": null, "footnote": null,
           "source": "World Bank Remittance Prices Worldwide"}]},
        {"indicator": "10.7.1", "name": "Recruitment cost borne by employee as a proportion of\
       monthly income earned in country of destination", "flow": "MIGRANTS", "from": "MEX",
         "to": "USA", "observations": []}]}
      """;

  static final String CORRIDOR_CSV =
      """
      indicator,series,area,areaKind,period,sex,age,origin,destination,providerType,\
      policyDomain,value,numerator,denominator,unit,status,nature,aggregationMethod,\
      countriesWithData,countriesInGroup,populationShare,footnote,source
      10.c.1,CORRIDOR_USD200,MEX,COUNTRY,2023-Q4,,,USA,MEX,,,4.3,,,PERCENT_AMOUNT,A,C,NONE,,,,,\
      World Bank Remittance Prices Worldwide
      """;

  static final String MALFORMED_CORRIDOR =
      """
      {"type": "urn:corridor:problem:malformed-parameter", "title": "Malformed parameter",
       "status": 400, "detail": "corridor is 'MEX'; expected the migrants' country of origin and\
       country of destination as ISO3 codes joined by a hyphen, e.g. MEX-USA.",
       "parameter": "corridor", "expected": "the migrants' country of origin and country of\
       destination as ISO3 codes joined by a hyphen, e.g. MEX-USA",
       "instance": "/api/v1/corridors/MEX"}
      """;

  static final String UNKNOWN_COUNTRY =
      """
      {"type": "urn:corridor:problem:unknown-area", "title": "Unknown country", "status": 400,
       "detail": "Unknown country code XXX; a corridor joins two countries by their ISO 3166-1\
       alpha-3 codes, upper case (e.g. MEX-USA).",
       "parameter": "corridor", "unknownValues": ["XXX"], "expected": "ISO3 country code",
       "instance": "/api/v1/corridors/MEX-XXX"}
      """;

  private Examples() {}

  static final String AGGREGATE_PAGE =
      """
      {"indicator": "17.3.2", "group": null, "countries": ["GTM", "MEX", "SLV"],
       "aggregationMethod": "RATIO_OF_SUMS", "scale": 100.0, "vintage": null, "asOf": null,
       "tableVersion": 12,
       "page": {"number": 0, "size": 1000, "totalElements": 1, "totalPages": 1},
       "aggregates": [
        {"series": "17.3.2", "period": "2020", "sex": null, "age": null, "origin": null,
         "destination": null, "providerType": null, "policyDomain": null, "value": 4.09,
         "numerator": 5.63E10, "denominator": 1.376E12, "unit": "PERCENT_GDP",
         "aggregationMethod": "RATIO_OF_SUMS", "countriesWithData": 3, "countriesInGroup": 3,
         "populationShare": 1.0}]}
      """;

  static final String AGGREGATE_CSV =
      """
      series,period,sex,age,origin,destination,providerType,policyDomain,value,numerator,\
      denominator,unit,aggregationMethod,countriesWithData,countriesInGroup,populationShare
      17.3.2,2020,,,,,,,4.09,56300000000,1376000000000,PERCENT_GDP,RATIO_OF_SUMS,3,3,1.0
      """;

  static final String NO_MEMBERS =
      """
      {"type": "urn:corridor:problem:missing-parameter", "title": "Missing parameter",
       "status": 400, "parameter": "group", "expected": "group or area",
       "detail": "Name the countries to aggregate: group=<aggregate code> (e.g. M49_013) or\
       area=<ISO3 codes> (e.g. MEX,GTM,SLV).",
       "instance": "/api/v1/indicators/17.3.2/aggregates"}
      """;
}
