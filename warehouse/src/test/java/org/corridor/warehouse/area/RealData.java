package org.corridor.warehouse.area;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The publishers' own files in {@code ../shared/realdata}, found by walking up from the working
 * directory; tests that need them are skipped where the folder is absent.
 */
final class RealData {
  private static final CSVFormat WITH_HEADER =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .get();

  private RealData() {}

  static Path file(String relative) {
    Optional<Path> root = root();
    assumeTrue(root.isPresent(), "shared/realdata is not beside the repository");
    Path file = root.get().resolve(relative);
    assumeTrue(Files.isRegularFile(file), relative + " is not in shared/realdata");
    return file;
  }

  /**
   * The records of a CSV file with a header, after {@code preambleLines} lines that precede the
   * header (the WDI data files have four).
   */
  static List<CSVRecord> records(Path file, int preambleLines) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      for (int i = 0; i < preambleLines; i++) {
        reader.readLine();
      }
      try (CSVParser parser = WITH_HEADER.parse(reader)) {
        return new ArrayList<>(parser.getRecords());
      }
    }
  }

  private static Optional<Path> root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("realdata");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
