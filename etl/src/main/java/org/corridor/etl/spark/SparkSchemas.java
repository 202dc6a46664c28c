package org.corridor.etl.spark;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corridor.warehouse.table.Column;
import org.corridor.warehouse.table.ColumnType;
import org.corridor.warehouse.table.TableSpec;

/** Derives Spark schemas from the warehouse's table specs; no schema is declared anywhere else. */
public final class SparkSchemas {
  private SparkSchemas() {}

  public static StructType of(TableSpec spec) {
    List<StructField> fields =
        spec.columns().stream()
            .map(c -> DataTypes.createStructField(c.name(), type(c.type()), c.nullable()))
            .toList();
    return DataTypes.createStructType(fields);
  }

  /** The same schema with every column nullable, for rows still being validated. */
  public static StructType lenient(TableSpec spec) {
    List<StructField> fields =
        spec.columns().stream()
            .map(c -> DataTypes.createStructField(c.name(), type(c.type()), true))
            .toList();
    return DataTypes.createStructType(fields);
  }

  public static DataType type(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
      // Elements may be null in the type, as Spark's casts and splits declare them, though the
      // silver checks never let a null element through.
      case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType);
      case INTEGER_LIST -> DataTypes.createArrayType(DataTypes.IntegerType);
    };
  }

  /** Column names of a spec, in order, as an array for {@code Dataset.select}. */
  public static org.apache.spark.sql.Column[] columns(TableSpec spec) {
    return spec.columns().stream()
        .map(Column::name)
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }
}
