package org.corridor.etl.spark;

import static org.apache.spark.sql.functions.lit;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.table.TableSpec;

/**
 * Projects a dataset onto a table spec's columns, in the spec's order and types: optional columns
 * the job does not set become typed nulls, and a required column it forgets is a programming error
 * caught at once rather than at commit.
 */
public final class SpecProjection {
  private SpecProjection() {}

  public static Dataset<Row> project(
      Dataset<Row> rows, TableSpec spec, Map<String, Column> expressions) {
    for (String name : expressions.keySet()) {
      if (spec.column(name).isEmpty()) {
        throw new IllegalArgumentException(spec.qualifiedName() + " has no column " + name);
      }
    }
    Column[] columns =
        spec.columns().stream()
            .map(
                column -> {
                  Column expression = expressions.get(column.name());
                  if (expression == null && !column.nullable()) {
                    throw new IllegalArgumentException(
                        "no expression for required column "
                            + spec.qualifiedName()
                            + "."
                            + column.name());
                  }
                  Column value = expression == null ? lit(null) : expression;
                  return value.cast(SparkSchemas.type(column.type())).alias(column.name());
                })
            .toArray(Column[]::new);
    return rows.select(columns);
  }
}
