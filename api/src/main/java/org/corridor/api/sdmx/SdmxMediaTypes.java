package org.corridor.api.sdmx;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.api.problem.ApiErrors;
import org.springframework.http.MediaType;

/**
 * The SDMX media types served, and the {@code format} parameter that overrides the Accept header:
 * {@code json} or .Stat's {@code jsondata} for SDMX-JSON, {@code csv} or {@code csvfile} for
 * SDMX-CSV, {@code xml} or {@code genericdata} for SDMX-ML 2.1 generic data.
 */
final class SdmxMediaTypes {
  static final String DATA_JSON_VALUE = "application/vnd.sdmx.data+json;version=2.0.0";
  static final String DATA_CSV_VALUE = "application/vnd.sdmx.data+csv;version=2.0.0";
  static final String GENERIC_DATA_VALUE = "application/vnd.sdmx.genericdata+xml;version=2.1";
  static final String STRUCTURE_JSON_VALUE = "application/vnd.sdmx.structure+json;version=2.0.0";

  static final MediaType DATA_JSON = MediaType.parseMediaType(DATA_JSON_VALUE);
  static final MediaType DATA_CSV = MediaType.parseMediaType(DATA_CSV_VALUE + ";charset=UTF-8");
  static final MediaType GENERIC_DATA =
      MediaType.parseMediaType(GENERIC_DATA_VALUE + ";charset=UTF-8");

  private static final Map<String, MediaType> BY_FORMAT =
      Map.of(
          "json", DATA_JSON,
          "jsondata", DATA_JSON,
          "csv", DATA_CSV,
          "csvfile", DATA_CSV,
          "xml", GENERIC_DATA,
          "genericdata", GENERIC_DATA);

  static final List<String> FORMATS = BY_FORMAT.keySet().stream().sorted().toList();

  private SdmxMediaTypes() {}

  /** The media type a format names; empty when the parameter is absent. */
  static Optional<MediaType> ofFormat(String format) {
    if (format == null) {
      return Optional.empty();
    }
    MediaType mediaType = BY_FORMAT.get(format);
    if (mediaType == null) {
      throw ApiErrors.unsupportedFormat(format, FORMATS);
    }
    return Optional.of(mediaType);
  }
}
