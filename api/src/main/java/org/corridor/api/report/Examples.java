package org.corridor.api.report;

/** Example answers shown in the OpenAPI document. */
final class Examples {
  static final String HTML =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="UTF-8" />
      <title>Progress towards 2030: annual report 2025</title></head>
      <body><section class="front"><h1>Progress towards 2030: annual report 2025</h1>
      <p>Edition: <strong>gfmd-2025</strong>, vintage created 2025-05-02T09:30:00Z. ...</p>
      </section>
      <section class="chapter"><h2>SDG target 10.c: ...</h2>
      <h3>10.c.1 Remittance costs as a proportion of the amount remitted</h3>
      <table class="global-values"><tr><th>World series</th><th>Year</th><th>Value</th>
      <th>Aggregation rule</th><th>Coverage</th></tr>
      <tr><td>RECEIVING_USD200</td><td>2024</td><td class="number global-value">6.21</td>
      <td>MEAN_OF_UNITS</td><td>48 of 193 countries</td></tr></table>
      <svg xmlns="http://www.w3.org/2000/svg" ...>...</svg> ...</section></body></html>
      """;

  static final String MALFORMED_YEAR =
      """
      {"type": "urn:corridor:problem:malformed-parameter",
       "title": "Malformed parameter", "status": 400,
       "detail": "year is '25'; expected a four-digit year, e.g. 2015.",
       "instance": "/api/v1/reports/progress/25", "parameter": "year",
       "expected": "a four-digit year, e.g. 2015"}
      """;

  static final String UNKNOWN_VINTAGE =
      """
      {"type": "urn:corridor:problem:unknown-vintage",
       "title": "Unknown vintage", "status": 404,
       "detail": "No vintage is named 'gfmd-2099'; known: gfmd-2025.",
       "instance": "/api/v1/reports/progress/2025", "parameter": "vintage",
       "allowedValues": ["gfmd-2025"]}
      """;

  private Examples() {}
}
