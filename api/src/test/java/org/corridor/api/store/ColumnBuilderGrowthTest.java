package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.IntegerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A column whose first null comes thousands of rows in, as in the demo's gold table, where the null
 * bitmap must grow past any single step at once.
 */
class ColumnBuilderGrowthTest {
  private static final int FIRST_NULL = 3_000;

  @Test
  void anIntegerColumnKeepsAFirstNullFarIntoIt() {
    IntegerColumn column =
        (IntegerColumn) built(new IntegerColumnBuilder(), IntegerType.INTEGER, 7);

    assertThat(column.isNull(FIRST_NULL)).isTrue();
    assertThat(column.isNull(FIRST_NULL - 1)).isFalse();
    assertThat(column.intValue(FIRST_NULL - 1)).isEqualTo(7);
  }

  @Test
  void aDoubleColumnKeepsAFirstNullFarIntoIt() {
    DoubleColumn column = (DoubleColumn) built(new DoubleColumnBuilder(), DoubleType.DOUBLE, 2.5);

    assertThat(column.isNull(FIRST_NULL)).isTrue();
    assertThat(column.value(FIRST_NULL - 1)).isEqualTo(2.5);
  }

  private static StoredColumn built(ColumnBuilder builder, DataType type, Object value) {
    List<Object> values = new ArrayList<>(Collections.nCopies(FIRST_NULL, value));
    values.add(null);
    int[] rows = IntStream.range(0, values.size()).toArray();
    builder.append(new ValuesVector(type, values), rows, rows.length);
    return builder.build(rows);
  }
}
