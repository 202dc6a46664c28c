package org.corridor.api.store;

import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BinaryType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;
import java.util.ArrayList;
import java.util.List;
import org.corridor.api.problem.ApiErrors;
import org.corridor.warehouse.table.Column;
import org.corridor.warehouse.table.ColumnType;
import org.corridor.warehouse.table.TableSpec;

/** Delta kernel schemas derived from {@link TableSpec}s, and checks of a table against its spec. */
public final class KernelSchema {
  private KernelSchema() {}

  /** The kernel schema of a table: the spec's columns, types and nullability, in order. */
  public static StructType of(TableSpec table) {
    List<StructField> fields = new ArrayList<>();
    for (Column column : table.columns()) {
      fields.add(new StructField(column.name(), typeOf(column), column.nullable()));
    }
    return new StructType(fields);
  }

  /** Fails unless the table has every column of the spec, each with the spec's type. */
  static void requireCompatible(TableSpec table, StructType actual) {
    for (Column column : table.columns()) {
      int index = actual.indexOf(column.name());
      if (index < 0) {
        throw ApiErrors.missingColumn(table.qualifiedName(), column.name());
      }
      DataType found = actual.at(index).getDataType();
      if (!found.equivalent(typeOf(column))) {
        throw ApiErrors.columnTypeMismatch(
            table.qualifiedName(), column.name(), column.type(), found.toString());
      }
    }
  }

  /**
   * A physical read schema whose strings are read as their UTF-8 bytes: the kernel decodes every
   * string it hands out, which took most of a load, where the store needs a column's distinct
   * values only.
   */
  static StructType withStringsAsBytes(StructType physical) {
    List<StructField> fields = new ArrayList<>();
    for (StructField field : physical.fields()) {
      fields.add(
          field.getDataType() instanceof StringType
              ? field.withDataType(BinaryType.BINARY)
              : field);
    }
    return new StructType(fields);
  }

  private static DataType typeOf(Column column) {
    ColumnType type = column.type();
    return switch (type) {
      case STRING -> StringType.STRING;
      case INTEGER -> IntegerType.INTEGER;
      case LONG -> LongType.LONG;
      case DOUBLE -> DoubleType.DOUBLE;
      case TIMESTAMP -> TimestampType.TIMESTAMP;
      // Spark writes the elements of a list column as nullable, whatever the values hold.
      case STRING_LIST -> new ArrayType(StringType.STRING, true);
      case INTEGER_LIST -> new ArrayType(IntegerType.INTEGER, true);
      default -> throw ApiErrors.unsupportedColumnType(column.name(), type);
    };
  }
}
