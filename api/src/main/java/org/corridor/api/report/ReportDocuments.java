package org.corridor.api.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Generates the progress report of a year and edition as HTML, as PDF, or both. */
@Component
class ReportDocuments {
  private final ProgressReports reports;
  private final ReportHtml html;
  private final ReportPdf pdf;

  ReportDocuments(ProgressReports reports, ReportHtml html, ReportPdf pdf) {
    this.reports = reports;
    this.html = html;
    this.pdf = pdf;
  }

  ReportDocument generate(int year, String vintage, ReportFormat format) {
    return generate(year, vintage, List.of(format)).get(0);
  }

  /** The report in each form asked for, all from one reading of the tables. */
  List<ReportDocument> generate(int year, String vintage, List<ReportFormat> formats) {
    ProgressReport report = reports.build(year, vintage);
    String page = html.render(report);
    List<ReportDocument> documents = new ArrayList<>();
    for (ReportFormat format : formats) {
      byte[] bytes =
          format == ReportFormat.PDF ? pdf.render(page) : page.getBytes(StandardCharsets.UTF_8);
      documents.add(
          new ReportDocument(report.edition(), format.fileName(year, report.edition()), bytes));
    }
    return documents;
  }
}
