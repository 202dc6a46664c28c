package org.corridor.api.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.sun.management.OperatingSystemMXBean;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.corridor.api.config.CorridorProperties;
import org.slf4j.LoggerFactory;

/**
 * Measures the bytes per observation and the load time of a large generated observation table; run
 * by hand with {@code main}, never by the build: {@code StoreLoadBenchmark <warehouse> [rows]}
 * writes the table if it is absent, then loads it three times.
 */
public final class StoreLoadBenchmark {
  private static final int INDICATORS = 40;
  private static final String[] SEXES = {null, "F", "M", "_T"};

  private StoreLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path warehouse = Path.of(args[0]);
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
    CorridorProperties properties =
        new CorridorProperties(warehouse.toString(), Duration.ofSeconds(5));
    if (!Files.exists(Path.of(properties.tableLocation(ObservationSnapshot.TABLE)))) {
      write(warehouse, rows);
    }
    // Without a configuration file logback logs every Parquet page at DEBUG.
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean process =
        ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    Engine engine = DefaultEngine.create(new Configuration());
    GoldTableReader reader = new GoldTableReader(engine, properties);
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long processCpuStart = process.getProcessCpuTime();
      TableSnapshot snapshot =
          reader.read(ObservationSnapshot.TABLE, reader.latest(ObservationSnapshot.TABLE).get());
      long millis = (System.nanoTime() - start) / 1_000_000;
      long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      long processCpuMillis = (process.getProcessCpuTime() - processCpuStart) / 1_000_000;
      System.out.printf(
          "rows %d, loaded in %d ms (CPU: %d ms calling thread, %d ms process), %d bytes,"
              + " %.2f bytes per row%n",
          snapshot.rowCount(),
          millis,
          cpuMillis,
          processCpuMillis,
          snapshot.sizeInBytes(),
          (double) snapshot.sizeInBytes() / snapshot.rowCount());
      if (run == 2) {
        for (var column : ObservationSnapshot.TABLE.columns()) {
          System.out.printf(
              "  %-20s %.3f%n",
              column.name(),
              (double) snapshot.column(column.name()).sizeInBytes() / snapshot.rowCount());
        }
      }
    }
  }

  private static void write(Path warehouse, int rows) {
    GoldTableFixture fixture = GoldTableFixture.in(warehouse);
    Random random = new Random(42);
    int perIndicator = rows / INDICATORS;
    for (int indicator = 0; indicator < INDICATORS; indicator++) {
      List<GoldRow> batch = new ArrayList<>(perIndicator);
      for (int row = 0; row < perIndicator; row++) {
        batch.add(row(indicator, row, random));
      }
      if (indicator == 0) {
        fixture.create(batch);
      } else {
        fixture.append(batch);
      }
      System.out.println("wrote indicator " + indicator);
    }
  }

  private static GoldRow row(int indicator, int row, Random random) {
    boolean aggregate = random.nextInt(10) == 0;
    int year = 1990 + random.nextInt(35);
    String area = aggregate ? "G" + random.nextInt(40) : "C" + random.nextInt(220);
    GoldRow gold =
        GoldRow.of("ind." + indicator, area, Integer.toString(year), random.nextDouble() * 100)
            .with("series", "S" + indicator + "." + random.nextInt(3))
            .with("area_kind", aggregate ? "AGGREGATE" : "COUNTRY")
            .with("sex", SEXES[random.nextInt(4)])
            .with("age", random.nextBoolean() ? null : "Y" + random.nextInt(12))
            .with("origin", indicator % 4 == 0 ? "C" + random.nextInt(220) : null)
            .with("destination", indicator % 4 == 0 ? "C" + random.nextInt(220) : null)
            .with("provider_type", indicator % 4 == 0 ? "P" + random.nextInt(5) : null)
            .with("policy_domain", indicator % 7 == 0 ? "D" + random.nextInt(6) : null)
            .with("unit", "U" + indicator % 9)
            .with("obs_status", random.nextInt(20) == 0 ? "E" : "A")
            .with("nature", "N" + random.nextInt(4))
            .with("aggregation_method", aggregate ? "M" + indicator % 3 : "NONE")
            .with("footnote", random.nextInt(50) == 0 ? "note " + random.nextInt(30) : null)
            .with("source", "source " + indicator % 6)
            .with("_run_id", "run-2026-11-23");
    if (aggregate) {
      gold.with("numerator", random.nextDouble() * 1e9)
          .with("denominator", random.nextDouble() * 1e10)
          .with("countries_with_data", random.nextInt(50))
          .with("countries_in_group", 50)
          .with("population_share", random.nextDouble());
    }
    return gold;
  }
}
