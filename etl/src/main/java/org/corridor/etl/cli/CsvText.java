package org.corridor.etl.cli;

import java.util.List;
import java.util.stream.Collectors;

/** CSV lines as RFC 4180 writes them, for the commands that print rows for a spreadsheet. */
final class CsvText {
  private CsvText() {}

  /** One line: fields joined by commas, null as an empty field. */
  static String line(List<?> fields) {
    return fields.stream().map(CsvText::field).collect(Collectors.joining(","));
  }

  /** A field quoted only when a comma, quote or line break in it would otherwise split it. */
  static String field(Object value) {
    String text = value == null ? "" : value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
