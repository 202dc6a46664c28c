package org.corridor.etl.cli;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.corridor.etl.TestSpark;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.GoldTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's first command, minus the terminal: demo data, the ETL into a fresh warehouse, and
 * the real API jar serving what the ETL wrote, over HTTP on loopback.
 */
class EndToEndTest {
  private static final Path API_JAR = Path.of("..", "api", "target", "corridor-api.jar");

  @TempDir Path temp;

  @Test
  void demoDataFlowsFromPublisherFilesToTheApi() throws Exception {
    TestSpark.session();
    String warehouseRoot = temp.resolve("warehouse").toString();
    StringWriter out = new StringWriter();
    CommandLine cli = CorridorCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    int exit =
        cli.execute(
            "--warehouse",
            warehouseRoot,
            "demo",
            "--data",
            temp.resolve("demo").toString(),
            "--no-serve");
    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString()).contains("SUCCEEDED").containsPattern("quarantined");

    Row expected =
        new Warehouse(TestSpark.session(), warehouseRoot)
            .read(GoldTables.INDICATOR_OBSERVATION)
            .where(
                col("indicator")
                    .equalTo("17.3.2")
                    .and(col("area").equalTo("SLV"))
                    .and(col("period").equalTo("2020")))
            .first();

    assertThat(Files.isRegularFile(API_JAR))
        .as("run 'mvn verify' from the project root: %s", API_JAR)
        .isTrue();
    int port = freePort();
    Process api =
        ApiServer.start(
            API_JAR,
            warehouseRoot,
            port,
            ProcessBuilder.Redirect.to(temp.resolve("api.log").toFile()));
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + port
                              + "/api/v1/indicators/17.3.2/observations?area=SLV&from=2020&to=2020"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = new ObjectMapper().readTree(response.body());
      assertThat(body.path("indicator").asText()).isEqualTo("17.3.2");
      JsonNode observation = body.path("observations").get(0);
      assertThat(observation.path("area").asText()).isEqualTo("SLV");
      assertThat(observation.path("period").asText()).isEqualTo("2020");
      assertThat(observation.path("value").asDouble())
          .isCloseTo(expected.<Double>getAs("value"), within(1e-9));

      HttpResponse<String> report =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/api/v1/reports/progress/2025"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.body())
          .contains(
              "SDG target 10.c:",
              "GCM objective 20:",
              "SDG 10.c.1: remittance corridors",
              "GFMD roundtables and RCP activities",
              "<svg");
    } finally {
      api.destroy();
      api.waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
