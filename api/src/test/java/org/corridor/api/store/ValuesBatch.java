package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A kernel columnar batch over hand-made rows; each row maps column names to values. */
final class ValuesBatch implements ColumnarBatch {
  private final StructType schema;
  private final List<ColumnVector> vectors;
  private final int size;

  private ValuesBatch(StructType schema, List<ColumnVector> vectors, int size) {
    this.schema = schema;
    this.vectors = List.copyOf(vectors);
    this.size = size;
  }

  static ValuesBatch of(StructType schema, List<Map<String, Object>> rows) {
    List<ColumnVector> vectors = new ArrayList<>();
    for (StructField field : schema.fields()) {
      List<Object> values = new ArrayList<>(rows.size());
      rows.forEach(row -> values.add(row.get(field.getName())));
      vectors.add(new ValuesVector(field.getDataType(), values));
    }
    return new ValuesBatch(schema, vectors, rows.size());
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
    return new ValuesBatch(new StructType(fields), columns, size);
  }

  @Override
  public ColumnarBatch withDeletedColumnAt(int ordinal) {
    List<StructField> fields = new ArrayList<>(schema.fields());
    fields.remove(ordinal);
    List<ColumnVector> columns = new ArrayList<>(vectors);
    columns.remove(ordinal);
    return new ValuesBatch(new StructType(fields), columns, size);
  }

  @Override
  public ColumnarBatch withNewSchema(StructType newSchema) {
    return new ValuesBatch(newSchema, vectors, size);
  }
}
