package org.corridor.etl.delta;

import static java.util.Objects.requireNonNull;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.TableSpec;

/**
 * The Delta tables under one warehouse root, a path or URI ({@code file:}, {@code s3a:}, ...).
 * Creates tables from their specs on first use and writes them so that re-running with the same
 * data commits nothing.
 */
public final class Warehouse {
  private final SparkSession spark;
  private final String root;

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

  /** Creates the table from its spec if it does not exist yet. */
  public DeltaTable ensure(TableSpec spec) {
    String location = location(spec);
    if (!DeltaTable.isDeltaTable(spark, location)) {
      var builder = DeltaTable.createIfNotExists(spark).location(location);
      for (StructField field : SparkSchemas.of(spec).fields()) {
        builder = builder.addColumn(field);
      }
      if (!spec.partitionColumns().isEmpty()) {
        builder = builder.partitionedBy(spec.partitionColumns().toArray(String[]::new));
      }
      builder.execute();
    }
    return DeltaTable.forPath(spark, location);
  }

  /** Reads the current version of a table; an absent table reads as empty. */
  public Dataset<Row> read(TableSpec spec) {
    if (!exists(spec)) {
      return spark.createDataFrame(java.util.List.of(), SparkSchemas.of(spec));
    }
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
    Row last = DeltaTable.forPath(spark, location(spec)).history(1).select("version").first();
    return OptionalLong.of(last.getLong(0));
  }

  /**
   * Replaces the rows inside {@code slice} (e.g. one file's checksum) with {@code rows}, in one
   * commit. Used for bronze and quarantine, whose rows belong to one input file.
   */
  public TableCommit replaceSlice(TableSpec spec, Dataset<Row> rows, Scope slice) {
    ensure(spec);
    Dataset<Row> conformed = rows.select(SparkSchemas.columns(spec)).persist();
    try {
      conformed
          .write()
          .format("delta")
          .mode("overwrite")
          .option("replaceWhere", slice.sql())
          .save(location(spec));
      return new TableCommit(
          spec.qualifiedName(), version(spec), "REPLACE_SLICE", conformed.count(), 0, 0);
    } finally {
      conformed.unpersist();
    }
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
