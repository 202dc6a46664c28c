package org.corridor.etl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the API as a child process on the warehouse the ETL wrote. The API is its own executable
 * jar, so Spark and Spring never share a classpath; the launcher tells us where the jar is.
 */
public final class ApiServer {
  static final String JAR_PROPERTY = "corridor.api.jar";
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

  private ApiServer() {}

  /** Starts the API, waits until it answers, prints where to look, and blocks until it exits. */
  static int serve(String warehouseRoot, int port, PrintWriter out) {
    Process process = start(configuredJar(), warehouseRoot, port, ProcessBuilder.Redirect.INHERIT);
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    String base = "http://127.0.0.1:" + port;
    out.printf(
        "%nCorridor API is up on %s (Ctrl-C to stop)%n"
            + "  catalogue         %s/api/v1/indicators%n"
            + "  17.3.2, one area  %s/api/v1/indicators/17.3.2/observations?area=SLV&from=2015&to=2024%n"
            + "  17.3.2, regions   %s/api/v1/indicators/17.3.2/observations?area=SDG_202,SDG_419,WLD&from=2020%n"
            + "  as CSV            %s/api/v1/indicators/17.3.2/observations?area=WLD&format=csv%n"
            + "  OpenAPI           %s/swagger-ui.html  (document: %s/v3/api-docs)%n",
        base, base, base, base, base, base, base);
    out.flush();
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      return CorridorCli.EXIT_OK;
    }
  }

  private static Path configuredJar() {
    String configured = System.getProperty(JAR_PROPERTY);
    return configured != null ? Path.of(configured) : Path.of("api", "target", "corridor-api.jar");
  }

  /**
   * Starts the API jar on the warehouse, its log going to {@code output}, and returns once it
   * answers on 127.0.0.1:{@code port}; the caller stops the process.
   */
  public static Process start(
      Path jar, String warehouseRoot, int port, ProcessBuilder.Redirect output) {
    Process process =
        launch(
            jar, List.of("--corridor.warehouse=" + warehouseRoot, "--server.port=" + port), output);
    awaitReady(process, "http://127.0.0.1:" + port + "/api/v1/indicators");
    return process;
  }

  /**
   * Runs the API jar in its report mode, without a web server, to write a year's progress report of
   * a vintage into a folder; its log goes to this process's output. Returns its exit code.
   */
  static int report(String warehouseRoot, int year, String vintage, Path folder) {
    Process process =
        launch(
            configuredJar(),
            List.of(
                "--corridor.warehouse=" + warehouseRoot,
                "--spring.main.web-application-type=none",
                "--corridor.report.year=" + year,
                "--corridor.report.vintage=" + vintage,
                "--corridor.report.out=" + folder.toAbsolutePath()),
            ProcessBuilder.Redirect.INHERIT);
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new IllegalStateException("interrupted while the report was written", e);
    }
  }

  private static Process launch(Path jar, List<String> arguments, ProcessBuilder.Redirect output) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "the API jar "
              + jar.toAbsolutePath()
              + " does not exist; build it with 'mvn -B -DskipTests package' or start Corridor"
              + " through infra/bin/corridor");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    command.addAll(arguments);
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the API from " + jar, e);
    }
  }

  private static void awaitReady(Process process, String url) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the API exited with code " + process.exitValue() + " while starting; see its log");
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(new URI(url)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet: wait for the next attempt.
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(url, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the API", e);
      }
      process
          .onExit()
          .completeOnTimeout(null, 500, java.util.concurrent.TimeUnit.MILLISECONDS)
          .join();
    }
    process.destroy();
    throw new IllegalStateException("the API did not answer " + url + " within " + STARTUP_LIMIT);
  }
}
