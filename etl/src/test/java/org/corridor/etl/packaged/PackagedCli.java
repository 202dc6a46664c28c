package org.corridor.etl.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged CLI and cluster scripts of {@code infra/}, run as child processes as users do. */
final class PackagedCli {
  private static final long TIMEOUT_MINUTES = 20;

  private PackagedCli() {}

  static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isExecutable(dir.resolve("infra/bin/corridor"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "no infra/bin/corridor above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** Starts {@code infra/<script> args...}; output goes to {@code log}. */
  static Process start(String script, Map<String, String> env, Path log, String... args) {
    List<String> command = new ArrayList<>();
    command.add(projectRoot().resolve("infra").resolve(script).toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** Runs a script to its end and returns its exit code. */
  static int run(String script, Map<String, String> env, Path log, String... args) {
    Process process = start(script, env, log, args);
    try {
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(script + " did not finish; see " + log);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted waiting for " + script, e);
    }
  }

  static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
