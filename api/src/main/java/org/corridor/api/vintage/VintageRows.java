package org.corridor.api.vintage;

import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.store.KernelSchema;
import org.corridor.warehouse.table.GoldTables;

/** A vintage as rows of {@code gold.vintage}, one per pinned table, in the kernel's batch form. */
final class VintageRows implements ColumnarBatch {
  private static final StructType SCHEMA = KernelSchema.of(GoldTables.VINTAGE);

  private final List<ColumnVector> columns;
  private final int size;

  private VintageRows(List<ColumnVector> columns, int size) {
    this.columns = List.copyOf(columns);
    this.size = size;
  }

  /**
   * The rows of a vintage.
   *
   * @param createdAt the creation time, kept to the microsecond as a Delta timestamp holds it
   */
  static VintageRows of(String name, Instant createdAt, String note, Map<String, Long> versions) {
    int size = versions.size();
    Map<String, List<?>> values = new LinkedHashMap<>();
    values.put("name", Collections.nCopies(size, name));
    values.put("table_name", List.copyOf(versions.keySet()));
    values.put("table_version", List.copyOf(versions.values()));
    values.put(
        "created_at",
        Collections.nCopies(size, ChronoUnit.MICROS.between(Instant.EPOCH, createdAt)));
    values.put("note", Collections.nCopies(size, note));
    List<ColumnVector> columns = new ArrayList<>();
    for (StructField field : SCHEMA.fields()) {
      List<?> column = values.get(field.getName());
      if (column == null) {
        throw new IllegalStateException(
            GoldTables.VINTAGE.qualifiedName() + " has a column the API does not write: " + field);
      }
      columns.add(new Values(field.getDataType(), column.toArray()));
    }
    return new VintageRows(columns, size);
  }

  @Override
  public StructType getSchema() {
    return SCHEMA;
  }

  @Override
  public ColumnVector getColumnVector(int ordinal) {
    return columns.get(ordinal);
  }

  @Override
  public int getSize() {
    return size;
  }

  /** One column's values: strings, or longs (a timestamp is its microseconds since the epoch). */
  private record Values(DataType type, Object[] values) implements ColumnVector {
    @Override
    public DataType getDataType() {
      return type;
    }

    @Override
    public int getSize() {
      return values.length;
    }

    @Override
    public void close() {}

    @Override
    public boolean isNullAt(int row) {
      return values[row] == null;
    }

    @Override
    public long getLong(int row) {
      return (Long) values[row];
    }

    @Override
    public String getString(int row) {
      return (String) values[row];
    }
  }
}
