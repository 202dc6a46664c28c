package org.corridor.api.format;

import org.corridor.api.observation.ResponseFormat;
import org.springframework.http.ResponseEntity;

/** The answer of a table endpoint, in the media type a {@code format} parameter asks for. */
public final class TableResponse {
  private TableResponse() {}

  /** The table as JSON or CSV; without a format the Accept header decides. */
  public static <T extends CsvTable> ResponseEntity<T> of(T table, String format) {
    var response = ResponseEntity.ok();
    ResponseFormat.of(format).ifPresent(response::contentType);
    return response.body(table);
  }
}
