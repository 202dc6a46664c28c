package org.corridor.etl.pipeline;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;

/** Scopes read off the rows a file brought. */
final class Scopes {
  private Scopes() {}

  /** {@code column IN (the values the rows hold)}: e.g. the years or quarters a file covers. */
  static Scope distinctValues(Dataset<Row> rows, String column) {
    List<Object> values =
        rows.select(column).distinct().collectAsList().stream().map(r -> r.get(0)).toList();
    return Scope.in(column, values);
  }
}
