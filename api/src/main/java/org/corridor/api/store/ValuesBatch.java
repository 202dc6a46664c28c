package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A kernel columnar batch over boxed values, the form every writer of a table here hands the
 * kernel: the rows of a vintage, the tests' hand-made rows, the benchmark's generated ones.
 */
public final class ValuesBatch implements ColumnarBatch {
  private final StructType schema;
  private final List<ColumnVector> vectors;
  private final int size;

  private ValuesBatch(StructType schema, List<ColumnVector> vectors, int size) {
    this.schema = schema;
    this.vectors = List.copyOf(vectors);
    this.size = size;
  }

  /** Rows that each map column names to values; a column a row lacks is null there. */
  public static ValuesBatch of(StructType schema, List<Map<String, Object>> rows) {
    List<ColumnVector> vectors = new ArrayList<>();
    for (StructField field : schema.fields()) {
      List<Object> values = new ArrayList<>(rows.size());
      rows.forEach(row -> values.add(row.get(field.getName())));
      vectors.add(new ValuesVector(field.getDataType(), values));
    }
    return new ValuesBatch(schema, vectors, rows.size());
  }

  /** Rows that are each an array of values in the schema's column order. */
  public static ValuesBatch ofArrays(StructType schema, List<Object[]> rows) {
    List<ColumnVector> vectors = new ArrayList<>();
    for (int ordinal = 0; ordinal < schema.length(); ordinal++) {
      List<Object> values = new ArrayList<>(rows.size());
      for (Object[] row : rows) {
        values.add(row[ordinal]);
      }
      vectors.add(new ValuesVector(schema.at(ordinal).getDataType(), values));
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
