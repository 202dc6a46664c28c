package org.corridor.etl.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.demo.DemoData;
import org.corridor.etl.demo.RpwDemoWriter;
import org.corridor.etl.pipeline.EtlPipeline;
import org.corridor.etl.pipeline.Progress;
import org.corridor.etl.source.CsvLine;
import org.corridor.warehouse.area.Areas;

/**
 * Times the full pipeline against a bare Spark baseline on the same inputs, in one process: N rows
 * of the RPW service dataset in its CSV export layout plus the demo's files of every other CSV
 * source, its record-level ones (survey workers, migrant incidents) grown in proportion (N over the
 * demo's own RPW rows), loaded by Corridor into a fresh warehouse; the same files read by Spark
 * with a schema and written to Delta once, with no checks, lineage or silver; those tables read
 * back and written to Delta a second time, the least any design that keeps a raw layer and a
 * conformed layer must add; then Corridor again on the same files, which should find nothing to do.
 */
public final class EtlBenchmark {
  private final SparkSession spark;
  private final Path work;
  private final long seed;
  private final Progress progress;

  /** {@code progress} receives the steps of every pipeline run the benchmark times. */
  public EtlBenchmark(SparkSession spark, Path work, long seed, Progress progress) {
    this.spark = spark;
    this.work = work;
    this.seed = seed;
    this.progress = progress;
  }

  /** Figures of one size: seconds and the rows they moved. */
  public record Result(
      long rpwRows,
      long rowsRead,
      double pipelineSeconds,
      double baselineSeconds,
      double secondLayerSeconds,
      double idleSeconds) {

    public double pipelineRowsPerSecond() {
      return rowsRead / pipelineSeconds;
    }

    public double baselineRowsPerSecond() {
      return rowsRead / baselineSeconds;
    }

    /** Pipeline time over baseline time: the target is at most 1.5. */
    public double ratio() {
      return pipelineSeconds / baselineSeconds;
    }

    /**
     * The bare baseline plus one more write of the same rows, over the bare baseline: the ratio a
     * pipeline landing rows in two layers (bronze and silver) could reach if it did nothing else.
     */
    public double twoLayerFloorRatio() {
      return (baselineSeconds + secondLayerSeconds) / baselineSeconds;
    }

    /** Idle re-run time over full-run time: the target is at most 0.10. */
    public double idleShare() {
      return idleSeconds / pipelineSeconds;
    }
  }

  public Result measure(long rpwRows) {
    Path size = work.resolve(String.valueOf(rpwRows));
    Path inputs = size.resolve("inputs");
    try {
      writeInputs(inputs, rpwRows);
      Path bareTables = size.resolve("baseline");
      double baseline = time(() -> baseline(inputs, bareTables));
      double secondLayer = time(() -> copyTables(bareTables, size.resolve("second-layer")));
      Warehouse warehouse = new Warehouse(spark, size.resolve("warehouse").toString());
      EtlPipeline pipeline = new EtlPipeline(warehouse, Areas.load(), progress);
      RunSummary[] full = new RunSummary[1];
      double pipelineSeconds = time(() -> full[0] = pipeline.runFolder(inputs, "benchmark"));
      double idle = time(() -> pipeline.runFolder(inputs, "benchmark idle re-run"));
      long rowsRead = full[0].inputs().stream().mapToLong(InputOutcome::rowsRead).sum();
      return new Result(rpwRows, rowsRead, pipelineSeconds, baseline, secondLayer, idle);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write benchmark inputs under " + inputs, e);
    }
  }

  private void writeInputs(Path inputs, long rpwRows) throws IOException {
    new DemoData(Areas.load(), seed, (double) rpwRows / DemoData.serviceCsvRows()).writeTo(inputs);
    try (Stream<Path> files = Files.list(inputs)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // Bare Spark reads no workbooks, and the demo's own RPW files are replaced by N rows.
        if (!name.endsWith(".csv") || name.startsWith("rpw_")) {
          Files.delete(file);
        }
      }
    }
    RpwDemoWriter.writeCsv(inputs.resolve("rpw_dataset_benchmark.csv"), rpwRows, seed);
  }

  /** Each CSV read with a schema of its header's columns as text and written to Delta once. */
  private void baseline(Path inputs, Path tables) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(inputs)) {
      files = listing.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < files.size(); i++) {
      spark
          .read()
          .option("header", "true")
          .schema(textColumns(files.get(i)))
          .csv(files.get(i).toString())
          .write()
          .format("delta")
          .mode(SaveMode.Overwrite)
          .save(tables.resolve("table-" + i).toString());
    }
  }

  /** Every baseline table read back and written to Delta again, as a second layer would be. */
  private void copyTables(Path tables, Path copies) {
    try (Stream<Path> listing = Files.list(tables)) {
      for (Path table : listing.sorted().toList()) {
        spark
            .read()
            .format("delta")
            .load(table.toString())
            .write()
            .format("delta")
            .mode(SaveMode.Overwrite)
            .save(copies.resolve(table.getFileName()).toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As many text columns as the file's widest line among its first ones has fields. */
  private static StructType textColumns(Path file) {
    int width = 1;
    try (Stream<String> lines = Files.lines(file)) {
      for (String line : lines.limit(50).toList()) {
        try {
          width = Math.max(width, CsvLine.fields(line).size());
        } catch (IllegalArgumentException e) {
          // A line that is not CSV on its own (a quoted line break) says nothing of the width.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StructType schema = new StructType();
    for (int i = 0; i < width; i++) {
      schema = schema.add("c" + i, DataTypes.StringType);
    }
    return schema;
  }

  private static double time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e9;
  }
}
