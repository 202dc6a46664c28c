package org.corridor.etl.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the Spark sessions Corridor runs in: Delta enabled, bound to loopback, quiet. The same
 * settings serve the embedded {@code local[*]} default and a standalone cluster.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * A session for the CLI on the given master, e.g. {@code local[*]} or {@code spark://...}, with
   * the user's extra settings applied last so they win.
   */
  public static SparkSession forMaster(String master, Map<String, String> settings) {
    SparkSession.Builder builder = builder(master);
    settings.forEach(builder::config);
    return builder.getOrCreate();
  }

  /**
   * A session sized for tests: two local threads, two shuffle partitions and two snapshot
   * partitions, which halves Delta's per-commit cost on small tables.
   */
  public static SparkSession forTests() {
    return builder("local[2]")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.databricks.delta.snapshotPartitions", "2")
        .getOrCreate();
  }

  private static SparkSession.Builder builder(String master) {
    return SparkSession.builder()
        .appName("corridor")
        .master(master)
        // Without these Spark binds the driver to the machine's external interface.
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        // Reporting tables are small: few partitions keep per-stage overhead low, and adaptive
        // execution coalesces or splits them where the data says otherwise.
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config(
            "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        // Delta's default of 50 partitions for replaying the log dominates every commit on small
        // tables; a handful is plenty for logs of thousands of files.
        .config("spark.databricks.delta.snapshotPartitions", "2")
        // History is kept for vintages; files a vintage pins are never vacuumed by retention.
        .config("spark.databricks.delta.retentionDurationCheck.enabled", "true");
  }
}
