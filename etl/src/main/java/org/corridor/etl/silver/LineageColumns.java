package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.col;

import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.corridor.warehouse.table.Lineage;

/** Appends the silver lineage columns, carried over from bronze unchanged, to a projection. */
final class LineageColumns {
  private LineageColumns() {}

  static Column[] after(Column... values) {
    return Stream.concat(
            Stream.of(values),
            Stream.of(
                    Lineage.SOURCE_FILE,
                    Lineage.SOURCE_CHECKSUM,
                    Lineage.SOURCE_ROW,
                    Lineage.RUN_ID)
                .map(name -> col(name)))
        .toArray(Column[]::new);
  }
}
