package org.corridor.api.report;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Generates the progress report of a year and edition as HTML or as PDF. */
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
    ProgressReport report = reports.build(year, vintage);
    String page = html.render(report);
    byte[] bytes =
        format == ReportFormat.PDF ? pdf.render(page) : page.getBytes(StandardCharsets.UTF_8);
    return new ReportDocument(report.edition(), format.fileName(year, report.edition()), bytes);
  }
}
