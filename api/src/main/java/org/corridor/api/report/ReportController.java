package org.corridor.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.corridor.api.vintage.EditionSnapshot;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual progress report as an HTML page or a PDF. */
@RestController
@Tag(name = "Reports", description = "The annual progress report towards 2030")
class ReportController {
  private final ReportDocuments documents;

  ReportController(ReportDocuments documents) {
    this.documents = documents;
  }

  @GetMapping(
      path = "/api/v1/reports/progress/{year}",
      produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE})
  @Operation(
      summary = "Get the annual progress report",
      description =
          "The progress report of a year: for each SDG target the catalogue's indicators serve,"
              + " then GCM objectives 19 to 21, every indicator's latest yearly world values up"
              + " to the year with the aggregation rule each was computed by and its coverage,"
              + " the world progress assessments with their method, category and thresholds, an"
              + " SVG time series of the world value and a bar chart of the SDG regions' values;"
              + " then the 10.c.1 corridor table (most and least expensive corridors, corridors"
              + " above 5%), the GFMD roundtable and RCP activity counts, the sources, and the"
              + " vintage and Delta table versions read. Every figure is one the JSON endpoints"
              + " answer for the same vintage. The same vintage and year give byte-identical"
              + " HTML. HTML by default; PDF with Accept: application/pdf or format=pdf.")
  @ApiResponse(
      responseCode = "200",
      description = "The report",
      headers =
          @Header(
              name = EditionSnapshot.VINTAGE_HEADER,
              description = "The vintage the report was read from, or latest",
              schema = @Schema(type = "string")),
      content = {
        @Content(
            mediaType = MediaType.TEXT_HTML_VALUE,
            examples = @ExampleObject(name = "report", value = Examples.HTML)),
        @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary"))
      })
  @ApiResponse(
      responseCode = "400",
      description = "The year or the format is malformed or out of range",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "malformed year", value = Examples.MALFORMED_YEAR)))
  @ApiResponse(
      responseCode = "404",
      description = "No vintage has this name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "unknown vintage", value = Examples.UNKNOWN_VINTAGE)))
  ResponseEntity<byte[]> progress(
      @Parameter(
              description =
                  "The report's year, 2015 to 2100: the latest yearly values up to it are shown",
              example = "2025")
          @PathVariable("year")
          String year,
      @Parameter(
              description = "The vintage to read the gold tables as; the latest data when absent",
              example = "gfmd-2025")
          @RequestParam(name = "vintage", required = false)
          String vintage,
      @Parameter(
              description = "Overrides the Accept header",
              schema = @Schema(allowableValues = {"html", "pdf"}))
          @RequestParam(name = "format", required = false)
          String format,
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
          String accept) {
    int reportYear = ReportYear.parse("year", year);
    ReportFormat form =
        ReportFormat.of(format, accept == null ? List.of() : MediaType.parseMediaTypes(accept));
    ReportDocument document = documents.generate(reportYear, vintage, form);
    var response =
        ResponseEntity.ok()
            .header(EditionSnapshot.VINTAGE_HEADER, document.edition())
            .contentType(form.mediaType());
    if (form == ReportFormat.PDF) {
      response.header(
          HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.inline().filename(document.fileName()).build().toString());
    }
    return response.body(document.bytes());
  }
}
