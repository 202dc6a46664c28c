package org.corridor.etl.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.corridor.etl.TestSpark;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.demo.DemoData;
import org.corridor.etl.pipeline.EtlPipeline;
import org.corridor.etl.pipeline.Progress;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.AuditTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI run as users run it, against a clean in-process run of the same demo inputs: a
 * run killed midway and run again, and a run on a Spark standalone cluster started by the infra
 * scripts, must both leave every bronze, silver and gold table exactly as the clean run did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedCliIT {
  private static final Duration KILL_DEADLINE = Duration.ofMinutes(10);

  private Path temp;
  private Path inputs;
  private Warehouse clean;

  @BeforeAll
  void runTheDemoCleanly(@TempDir Path temp) {
    this.temp = temp;
    inputs = temp.resolve("inputs");
    new DemoData(Areas.load(), DemoData.DEFAULT_SEED).writeTo(inputs);
    clean = new Warehouse(TestSpark.session(), temp.resolve("clean").toString());
    RunSummary run =
        new EtlPipeline(clean, Areas.load(), Progress.silent()).runFolder(inputs, "clean");
    assertThat(run.status()).isEqualTo(RunSummary.RunStatus.SUCCEEDED);
  }

  @Test
  void aRunKilledMidwayFinishesOnRerunWithTheTablesOfACleanRun() throws Exception {
    Path root = temp.resolve("crashed");
    Path log = temp.resolve("crash.log");
    Warehouse crashed = new Warehouse(TestSpark.session(), root.toString());
    Process first = PackagedCli.start("bin/corridor", Map.of(), log, cli(root, "local[2]"));

    // Kill it (SIGKILL: no shutdown hooks) once a first source is loaded and recorded.
    Path firstInputsRecorded =
        Path.of(crashed.location(AuditTables.ETL_INPUT).substring("file:".length()))
            .resolve("_delta_log/00000000000000000001.json");
    Instant deadline = Instant.now().plus(KILL_DEADLINE);
    while (!Files.exists(firstInputsRecorded) && first.isAlive()) {
      assertThat(Instant.now()).as("no input recorded; see %s", log).isBefore(deadline);
      Thread.sleep(200);
    }
    assertThat(first.isAlive()).as("the run ended before it could be killed").isTrue();
    first.destroyForcibly().waitFor();

    int exit = PackagedCli.run("bin/corridor", Map.of(), log, cli(root, "local[2]"));

    String output = PackagedCli.read(log);
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("SKIPPED_ALREADY_LOADED").contains("SUCCEEDED");
    assertThat(WarehouseComparison.differences(clean, crashed)).isEmpty();
    assertThat(WarehouseComparison.rows(crashed)).isGreaterThan(10_000);
  }

  @Test
  void aRunOnAOneWorkerClusterBuildsTheTablesOfALocalRun() throws IOException {
    Path root = temp.resolve("cluster-warehouse");
    Path log = temp.resolve("cluster.log");
    int masterPort = freePort();
    Map<String, String> cluster =
        Map.of(
            "CORRIDOR_CLUSTER_DIR", temp.resolve("cluster").toString(),
            "CORRIDOR_MASTER_PORT", String.valueOf(masterPort),
            "CORRIDOR_MASTER_WEBUI_PORT", String.valueOf(freePort()),
            "CORRIDOR_WORKER_WEBUI_PORT", String.valueOf(freePort()));
    int started =
        PackagedCli.run(
            "cluster/corridor-cluster", cluster, log, "start", "--workers", "1", "--memory", "2g");
    try {
      assertThat(started).as(PackagedCli.read(log)).isZero();
      int exit =
          PackagedCli.run(
              "bin/corridor", Map.of(), log, cli(root, "spark://127.0.0.1:" + masterPort));
      assertThat(exit).as(PackagedCli.read(log)).isZero();
    } finally {
      PackagedCli.run("cluster/corridor-cluster", cluster, log, "stop");
    }
    assertThat(PackagedCli.read(log)).contains("Cluster up").contains("Stopped 2 process(es)");
    Warehouse onCluster = new Warehouse(TestSpark.session(), root.toString());
    assertThat(WarehouseComparison.differences(clean, onCluster)).isEmpty();
    assertThat(WarehouseComparison.rows(onCluster)).isGreaterThan(10_000);
  }

  private String[] cli(Path warehouse, String master) {
    return new String[] {
      "--warehouse", warehouse.toString(), "--master", master, "run", inputs.toString()
    };
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
