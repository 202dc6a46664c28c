package org.corridor.etl.delta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Rows a reader produces on the driver, held in memory while they are few and written to a staging
 * Parquet folder under the warehouse in chunks once they are many, so that a file of any size can
 * be parsed with the driver's memory bounded by one chunk. Reads back as one Dataset; {@link
 * #close} deletes the staging folder once nothing reads it any more.
 */
public final class SpillingRows implements Consumer<Row>, AutoCloseable {
  /** Rows held in memory before a chunk is written out; about 100 MB for a wide bronze table. */
  static final int CHUNK_ROWS = 200_000;

  private final SparkSession spark;
  private final StructType schema;
  private final Path staging;
  private final int chunkRows;
  private final List<Row> chunk = new ArrayList<>();
  private long rows;
  private boolean spilled;

  SpillingRows(SparkSession spark, StructType schema, String stagingRoot, int chunkRows) {
    this.spark = spark;
    this.schema = schema;
    this.staging = new Path(stagingRoot, UUID.randomUUID().toString());
    this.chunkRows = chunkRows;
  }

  /** Rows for {@code schema}, staged under the warehouse's {@code _staging} folder if need be. */
  public static SpillingRows under(Warehouse warehouse, StructType schema) {
    return new SpillingRows(warehouse.spark(), schema, warehouse.root() + "/_staging", CHUNK_ROWS);
  }

  @Override
  public void accept(Row row) {
    chunk.add(row);
    rows++;
    if (chunk.size() >= chunkRows) {
      spill();
    }
  }

  public long count() {
    return rows;
  }

  /** Every row accepted so far, in one Dataset. */
  public Dataset<Row> dataset() {
    if (!spilled) {
      return spark.createDataFrame(chunk, schema);
    }
    if (!chunk.isEmpty()) {
      spill();
    }
    return spark.read().schema(schema).parquet(staging.toString());
  }

  private void spill() {
    spark.createDataFrame(chunk, schema).write().mode(SaveMode.Append).parquet(staging.toString());
    chunk.clear();
    spilled = true;
  }

  @Override
  public void close() {
    chunk.clear();
    if (spilled) {
      try {
        FileSystem fs = staging.getFileSystem(spark.sparkContext().hadoopConfiguration());
        fs.delete(staging, true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete staging folder " + staging, e);
      }
    }
  }
}
