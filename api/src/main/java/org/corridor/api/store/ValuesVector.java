package org.corridor.api.store;

import io.delta.kernel.data.ArrayValue;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.DataType;
import java.util.Arrays;
import java.util.List;

/** A kernel column vector over boxed values, as {@link ValuesBatch} holds them. */
final class ValuesVector implements ColumnVector {
  private final DataType type;
  private final Object[] values;

  ValuesVector(DataType type, List<?> values) {
    this.type = type;
    this.values = values.toArray();
  }

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
  public boolean getBoolean(int row) {
    return (Boolean) values[row];
  }

  @Override
  public int getInt(int row) {
    return (Integer) values[row];
  }

  @Override
  public long getLong(int row) {
    return (Long) values[row];
  }

  @Override
  public double getDouble(int row) {
    return (Double) values[row];
  }

  @Override
  public String getString(int row) {
    return (String) values[row];
  }

  /** A list value's elements, typed as the array type declares them. */
  @Override
  public ArrayValue getArray(int row) {
    List<?> elements = (List<?>) values[row];
    ValuesVector vector = new ValuesVector(((ArrayType) type).getElementType(), elements);
    return new ArrayValue() {
      @Override
      public int getSize() {
        return elements.size();
      }

      @Override
      public ColumnVector getElements() {
        return vector;
      }
    };
  }

  @Override
  public String toString() {
    return type + Arrays.toString(values);
  }
}
