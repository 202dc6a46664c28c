package org.corridor.etl.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.spark.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code corridor} command: runs Corridor's ETL, shows the warehouse, and serves the API. */
@Command(
    name = "corridor",
    mixinStandardHelpOptions = true,
    version = "corridor 0.1.0",
    description = "Reporting data warehouse for migration and development statistics.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      IngestCommand.class,
      StatusCommand.class,
      OptimizeCommand.class,
      VacuumCommand.class,
      VintageCommand.class,
      ShowCommand.class,
      BenchmarkCommand.class,
      ServeCommand.class,
      ReportCommand.class
    })
public final class CorridorCli {
  static final int EXIT_OK = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_INPUT_REJECTED = 3;

  @Option(
      names = "--warehouse",
      defaultValue = "data/warehouse",
      description =
          "Warehouse root: a folder or a URI (file:, s3a:, ...). Default: ${DEFAULT-VALUE}")
  String warehouseLocation;

  @Option(
      names = "--master",
      defaultValue = "local[*]",
      description = "Spark master: local[*] or spark://host:port. Default: ${DEFAULT-VALUE}")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "<key=value>",
      description = "Extra Spark setting, as with spark-submit; repeatable.")
  Map<String, String> sparkSettings = new LinkedHashMap<>();

  @Spec CommandSpec spec;

  private SparkSession spark;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with Corridor's error handling, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new CorridorCli()).setExecutionExceptionHandler(CorridorCli::failure);
  }

  /** Opens the warehouse, starting Spark on first use. */
  Warehouse warehouse() {
    if (spark == null) {
      spark = SparkSessions.forMaster(master, sparkSettings);
    }
    return new Warehouse(spark, warehouseLocation);
  }

  /** Stops Spark, e.g. before handing the machine's memory to the API. */
  void stopSpark() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }

  /** The warehouse root as the API takes it: a local path for {@code file:} roots, else the URI. */
  String apiWarehouseLocation() {
    String root = Warehouse.normalise(warehouseLocation);
    return root.startsWith("file:") ? root.substring("file:".length()) : root;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private static int failure(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    commandLine.getErr().println("corridor: " + e.getMessage());
    return EXIT_FAILED;
  }
}
