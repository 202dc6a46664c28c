package org.corridor.etl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real published files beside the project ({@code ../shared/realdata}); tests that use
 * them are skipped, not failed, where the folder is absent.
 */
public final class RealData {
  private RealData() {}

  public static Optional<Path> folder(String child) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared").resolve("realdata").resolve(child);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
