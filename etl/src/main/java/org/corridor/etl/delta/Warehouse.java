package org.corridor.etl.delta;

import static java.util.Objects.requireNonNull;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.TableSpec;

/**
 * The Delta tables under one warehouse root, a path or URI ({@code file:}, {@code s3a:}, ...).
 * Creates tables from their specs on first use and writes them so that re-running with the same
 * data commits nothing.
 */
public final class Warehouse {
  /** Delta's count of the rows a write added, in the commit's operation metrics. */
  private static final String WRITTEN_ROWS_METRIC = "numOutputRows";

  private final SparkSession spark;
  private final String root;

  /** Tables already checked against their specs by this instance: once is enough per process. */
  private final Set<String> upToDate = ConcurrentHashMap.newKeySet();

  public Warehouse(SparkSession spark, String root) {
    this.spark = requireNonNull(spark, "spark is null");
    this.root = normalise(requireNonNull(root, "root is null"));
  }

  /**
   * Turns a plain local path into an absolute {@code file:} URI in Hadoop's canonical form ({@code
   * file:/data/warehouse}, which Delta compares locations by); other URIs are kept as given.
   */
  public static String normalise(String location) {
    String text;
    if (location.startsWith("file://")) {
      text = "file:" + location.substring("file://".length());
    } else if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
      text = location;
    } else {
      text = "file:" + Path.of(location).toAbsolutePath().normalize().toString().replace('\\', '/');
    }
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  public SparkSession spark() {
    return spark;
  }

  public String root() {
    return root;
  }

  public String location(TableSpec spec) {
    return root + "/" + spec.relativePath();
  }

  public boolean exists(TableSpec spec) {
    return DeltaTable.isDeltaTable(spark, location(spec));
  }

  /**
   * Creates the table from its spec if it does not exist yet, and adds to a table an earlier
   * Corridor created the columns its spec has gained since.
   */
  public DeltaTable ensure(TableSpec spec) {
    String location = location(spec);
    if (DeltaTable.isDeltaTable(spark, location)) {
      conform(spec, location);
    } else {
      removeUncommittedLog(location);
      var builder = DeltaTable.createIfNotExists(spark).location(location);
      for (StructField field : SparkSchemas.of(spec).fields()) {
        builder = builder.addColumn(field);
      }
      if (!spec.partitionColumns().isEmpty()) {
        builder = builder.partitionedBy(spec.partitionColumns().toArray(String[]::new));
      }
      builder.execute();
      // Created from the spec, it has every column the spec names.
      upToDate.add(location);
    }
    return DeltaTable.forPath(spark, location);
  }

  /**
   * A run killed while creating a table can leave its {@code _delta_log} folder without a first
   * commit. Delta then takes the table as existing and skips creating it, yet cannot read it, so
   * every later run would fail. Delta names every commit and checkpoint file after its version
   * number, so a folder with no file starting with a digit holds no version and removing it loses
   * nothing; a folder that does hold one is left for Delta to report on.
   */
  private void removeUncommittedLog(String location) {
    org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(location, "_delta_log");
    try {
      FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(log)
          && Arrays.stream(fs.listStatus(log))
              .noneMatch(f -> Character.isDigit(f.getPath().getName().charAt(0)))) {
        fs.delete(log, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the uncommitted Delta log " + log, e);
    }
  }

  private void conform(TableSpec spec, String location) {
    if (upToDate.add(location)) {
      addMissingColumns(spec, location);
    }
  }

  /**
   * Columns are only ever added to a spec, never retyped, so an older table is brought up to date
   * by adding what it lacks; its earlier rows read null there. A column whose type differs cannot
   * be evolved in place and stops the run with the table and column named.
   */
  private void addMissingColumns(TableSpec spec, String location) {
    StructType existing = DeltaTable.forPath(spark, location).toDF().schema();
    Set<String> present = Set.of(existing.fieldNames());
    List<StructField> missing = new ArrayList<>();
    for (StructField field : SparkSchemas.of(spec).fields()) {
      if (!present.contains(field.name())) {
        missing.add(field);
      } else {
        DataType found = existing.apply(field.name()).dataType();
        if (!found.sameType(field.dataType())) {
          throw EtlErrors.incompatibleColumn(
              spec, field.name(), found.sql(), field.dataType().sql());
        }
      }
    }
    if (!missing.isEmpty()) {
      spark.sql(
          "ALTER TABLE delta.`"
              + location
              + "` ADD COLUMNS ("
              + missing.stream()
                  .map(f -> "`" + f.name() + "` " + f.dataType().sql())
                  .collect(Collectors.joining(", "))
              + ")");
    }
  }

  /**
   * Reads the current version of a table, with any column its spec has gained since it was written
   * (see {@link #ensure}); an absent table reads as empty.
   */
  public Dataset<Row> read(TableSpec spec) {
    if (!exists(spec)) {
      return spark.createDataFrame(List.of(), SparkSchemas.of(spec));
    }
    conform(spec, location(spec));
    return spark.read().format("delta").load(location(spec));
  }

  /** Reads a table as it was at a Delta version. */
  public Dataset<Row> readVersion(TableSpec spec, long version) {
    return spark.read().format("delta").option("versionAsOf", version).load(location(spec));
  }

  /** The table's latest Delta version, or empty when the table does not exist. */
  public OptionalLong version(TableSpec spec) {
    if (!exists(spec)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(lastCommit(spec).getLong(0));
  }

  /** The table's latest commit: its version and Delta's operation metrics. */
  private Row lastCommit(TableSpec spec) {
    return DeltaTable.forPath(spark, location(spec))
        .history(1)
        .select("version", "operationMetrics")
        .first();
  }

  /**
   * Replaces the rows inside {@code slice} (e.g. one file's checksum) with {@code rows}, in one
   * commit. Used for bronze and quarantine, whose rows belong to one input file. The rows written
   * are counted from the commit's own metrics rather than by reading them a second time.
   */
  public TableCommit replaceSlice(TableSpec spec, Dataset<Row> rows, Scope slice) {
    ensure(spec);
    rows.select(SparkSchemas.columns(spec))
        .write()
        .format("delta")
        .mode("overwrite")
        .option("replaceWhere", slice.sql())
        .save(location(spec));
    Row last = lastCommit(spec);
    Map<String, String> metrics = last.getJavaMap(1);
    return new TableCommit(
        spec.qualifiedName(),
        OptionalLong.of(last.getLong(0)),
        "REPLACE_SLICE",
        Long.parseLong(metrics.getOrDefault(WRITTEN_ROWS_METRIC, "0")),
        0,
        0);
  }

  /**
   * Makes the table's {@code scope} hold exactly {@code rows}: keys not there yet are inserted,
   * keys whose values changed are updated, and keys the rows no longer have are deleted; rows
   * outside the scope stay as they are. Nothing is committed when nothing would change.
   */
  public TableCommit merge(TableSpec spec, Dataset<Row> rows, Scope scope) {
    return new ChangeDetectingWrite(this, spec).apply(rows, scope);
  }
}
