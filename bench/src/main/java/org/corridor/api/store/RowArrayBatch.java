package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * A kernel batch over generated rows, each an array in schema order; the kernel asks for columns by
 * ordinal, so each column reads its slot of every row.
 */
final class RowArrayBatch implements ColumnarBatch {
  private final StructType schema;
  private final List<ColumnVector> vectors;
  private final int size;

  RowArrayBatch(StructType schema, List<Object[]> rows) {
    this(schema, columns(schema, rows), rows.size());
  }

  private RowArrayBatch(StructType schema, List<ColumnVector> vectors, int size) {
    this.schema = schema;
    this.vectors = List.copyOf(vectors);
    this.size = size;
  }

  private static List<ColumnVector> columns(StructType schema, List<Object[]> rows) {
    List<ColumnVector> columns = new ArrayList<>();
    for (int ordinal = 0; ordinal < schema.length(); ordinal++) {
      columns.add(new Slot(schema.at(ordinal).getDataType(), rows, ordinal));
    }
    return columns;
  }

  @Override
  public StructType getSchema() {
    return schema;
  }

  @Override
  public ColumnVector getColumnVector(int ordinal) {
    return vectors.get(ordinal);
  }

  @Override
  public int getSize() {
    return size;
  }

  @Override
  public ColumnarBatch withNewColumn(int ordinal, StructField field, ColumnVector vector) {
    List<StructField> fields = new ArrayList<>(schema.fields());
    fields.add(ordinal, field);
    List<ColumnVector> columns = new ArrayList<>(vectors);
    columns.add(ordinal, vector);
    return new RowArrayBatch(new StructType(fields), columns, size);
  }

  @Override
  public ColumnarBatch withDeletedColumnAt(int ordinal) {
    List<StructField> fields = new ArrayList<>(schema.fields());
    fields.remove(ordinal);
    List<ColumnVector> columns = new ArrayList<>(vectors);
    columns.remove(ordinal);
    return new RowArrayBatch(new StructType(fields), columns, size);
  }

  @Override
  public ColumnarBatch withNewSchema(StructType newSchema) {
    return new RowArrayBatch(newSchema, vectors, size);
  }

  /** One column: the value at one ordinal of every row. */
  private record Slot(DataType type, List<Object[]> rows, int ordinal) implements ColumnVector {
    @Override
    public DataType getDataType() {
      return type;
    }

    @Override
    public int getSize() {
      return rows.size();
    }

    @Override
    public void close() {}

    @Override
    public boolean isNullAt(int row) {
      return rows.get(row)[ordinal] == null;
    }

    @Override
    public int getInt(int row) {
      return (Integer) rows.get(row)[ordinal];
    }

    @Override
    public long getLong(int row) {
      return (Long) rows.get(row)[ordinal];
    }

    @Override
    public double getDouble(int row) {
      return (Double) rows.get(row)[ordinal];
    }

    @Override
    public String getString(int row) {
      return (String) rows.get(row)[ordinal];
    }
  }
}
