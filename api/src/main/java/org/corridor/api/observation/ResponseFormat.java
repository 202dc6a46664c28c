package org.corridor.api.observation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.api.problem.ApiErrors;
import org.springframework.http.MediaType;

/**
 * The {@code format} parameter, which overrides the Accept header for clients that cannot set it.
 */
public final class ResponseFormat {
  public static final String TEXT_CSV_VALUE = "text/csv";
  public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private static final Map<String, MediaType> BY_NAME =
      Map.of("json", MediaType.APPLICATION_JSON, "csv", TEXT_CSV);

  static final List<String> NAMES = BY_NAME.keySet().stream().sorted().toList();

  private ResponseFormat() {}

  /** The media type a format names; empty when the parameter is absent. */
  public static Optional<MediaType> of(String format) {
    return of(format, Map.of());
  }

  /** As {@link #of(String)}, for an endpoint that also serves the given formats. */
  static Optional<MediaType> of(String format, Map<String, MediaType> more) {
    if (format == null) {
      return Optional.empty();
    }
    MediaType mediaType = more.getOrDefault(format, BY_NAME.get(format));
    if (mediaType == null) {
      List<String> names = new ArrayList<>(NAMES);
      names.addAll(more.keySet());
      throw ApiErrors.unsupportedFormat(format, names.stream().sorted().toList());
    }
    return Optional.of(mediaType);
  }
}
