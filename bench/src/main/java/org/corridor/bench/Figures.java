package org.corridor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The figures file {@code bench/run} prints its summary from: one line per figure, tab-separated
 * figure, measured value, target and verdict (met, MISSED), appended by each part of the run.
 */
final class Figures {
  private final Path file;

  Figures(Path file) {
    this.file = file;
  }

  void add(String figure, String measured, String target, boolean met) throws IOException {
    String line = String.join("\t", figure, measured, target, met ? "met" : "MISSED") + "\n";
    Files.writeString(
        file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
