package org.corridor.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Every error the warehouse model raises, in one place, so each message says what is wrong, why,
 * and how to fix it.
 */
public final class WarehouseErrors {
  private WarehouseErrors() {}

  public static IllegalStateException missingResource(String resource) {
    return new IllegalStateException(
        "reference data file "
            + resource
            + " is missing from the classpath; "
            + "rebuild the warehouse module (mvn -pl warehouse install)");
  }

  public static IllegalStateException invalidCatalogue(String problem) {
    return new IllegalStateException(
        "the indicator catalogue is invalid: " + problem + "; fix indicators.json");
  }

  public static IllegalArgumentException unknownIndicator(String code) {
    return new IllegalArgumentException(
        "unknown indicator " + code + "; the catalogue lists the known codes");
  }

  public static IllegalStateException invalidCodeList(String file, String problem) {
    return new IllegalStateException(
        "code list "
            + file
            + " is invalid: "
            + problem
            + "; fix the file under src/main/resources");
  }

  public static UncheckedIOException unreadableCodeList(String file, IOException cause) {
    return new UncheckedIOException(
        "code list " + file + " cannot be read; check that it is UTF-8 CSV with a header row",
        cause);
  }
}
