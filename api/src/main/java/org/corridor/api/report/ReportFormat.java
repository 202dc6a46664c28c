package org.corridor.api.report;

import java.util.Comparator;
import java.util.List;
import org.corridor.api.problem.ApiErrors;
import org.springframework.http.MediaType;

/** The two forms of the report: the HTML page and its PDF rendering. */
enum ReportFormat {
  HTML(MediaType.TEXT_HTML, "html"),
  PDF(MediaType.APPLICATION_PDF, "pdf");

  private final MediaType mediaType;
  private final String extension;

  ReportFormat(MediaType mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  MediaType mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  /**
   * The form a request asks for: the {@code format} parameter when given, else the first of the
   * Accept header's types (by quality) that names one, else HTML.
   */
  static ReportFormat of(String format, List<MediaType> accepted) {
    if (format != null) {
      for (ReportFormat candidate : values()) {
        if (candidate.extension.equals(format)) {
          return candidate;
        }
      }
      throw ApiErrors.unsupportedFormat(format, List.of(HTML.extension, PDF.extension));
    }
    List<MediaType> byQuality =
        accepted.stream()
            .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
            .toList();
    for (MediaType type : byQuality) {
      if (type.isWildcardType()) {
        return HTML;
      }
      for (ReportFormat candidate : values()) {
        if (type.isCompatibleWith(candidate.mediaType)) {
          return candidate;
        }
      }
    }
    return HTML;
  }

  /** The file name the report of a year and edition is written to in this form. */
  String fileName(int year, String edition) {
    return "progress-" + year + "-" + edition + "." + extension;
  }
}
