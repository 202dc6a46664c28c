package org.corridor.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.kernel.defaults.engine.DefaultEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.hadoop.conf.Configuration;
import org.corridor.api.config.CorridorProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every encoding of the store read back from a real Delta table, as the API loads it. */
class StoredColumnEncodingTest {
  @TempDir Path warehouse;

  @Test
  void textWithNullsReadsBackAndCodesCompareLikeTheStrings() throws IOException {
    String[] sexes = {null, "M", "F", "_T"};
    TableSnapshot snapshot =
        load(
            rows(
                8,
                row ->
                    GoldRow.of("17.3.2", "SLV", "20" + (10 + row), row)
                        .with("sex", sexes[row % 4])));

    TextColumn sex = snapshot.text("sex");
    List<String> read = new ArrayList<>();
    for (int row = 0; row < 8; row++) {
      read.add(sex.value(row));
    }
    assertThat(read).containsExactly(null, "M", "F", "_T", null, "M", "F", "_T");
    assertThat(sex.code(0)).isEqualTo(TextColumn.NULL_CODE);
    assertThat(sex.cardinality()).isEqualTo(3);
    assertThat(List.of(sex.valueOf(0), sex.valueOf(1), sex.valueOf(2)))
        .containsExactly("F", "M", "_T");
    assertThat(sex.code(2)).isLessThan(sex.code(1));
    assertThat(sex.code(1)).isLessThan(sex.code(3));
  }

  @Test
  void aConstantColumnCostsTheSameWhateverTheRows() throws IOException {
    TableSnapshot few = load(rows(3, row -> GoldRow.of("17.3.2", "SLV", "20" + (10 + row), row)));
    TableSnapshot many =
        load(rows(3000, row -> GoldRow.of("17.3.2", "SLV", Integer.toString(1000 + row), row)));

    assertThat(many.text("_run_id").value(2999)).isEqualTo("test-run");
    assertThat(many.text("_run_id").sizeInBytes()).isEqualTo(few.text("_run_id").sizeInBytes());
  }

  @Test
  void aColumnOfTwoValuesTakesOneBitARow() throws IOException {
    IntFunction<GoldRow> row =
        index ->
            GoldRow.of("17.3.2", "A" + index, "2010", index)
                .with("area_kind", index % 3 == 0 ? "AGGREGATE" : "COUNTRY");
    TableSnapshot snapshot = load(rows(640, row));

    TextColumn kind = snapshot.text("area_kind");
    for (int index = 0; index < 640; index++) {
      String area = snapshot.text("area").value(index);
      int number = Integer.parseInt(area.substring(1));
      assertThat(kind.value(index)).isEqualTo(number % 3 == 0 ? "AGGREGATE" : "COUNTRY");
    }
    // The object, the packed array's object, its 640 bits in 10 words and 2 spare ones, and the
    // dictionary: an array of two references, and each string with its bytes, 9 and 7 of them,
    // padded to 8.
    long codes = 32 + 16 + 12 * 8;
    long dictionary = (16 + 2 * 4) + (24 + 16 + 9 + 7) + (24 + 16 + 7 + 1);
    assertThat(kind.sizeInBytes()).isEqualTo(32 + codes + dictionary);
  }

  @Test
  void manyDistinctValuesReadBackInStringOrder() throws IOException {
    int count = 70_000;
    TableSnapshot snapshot =
        load(
            rows(
                count,
                row ->
                    GoldRow.of("17.3.2", "A" + (row % 300), "2010", row)
                        .with("footnote", "note " + (count - row))));

    TextColumn areas = snapshot.text("area");
    TextColumn footnotes = snapshot.text("footnote");
    assertThat(areas.cardinality()).isEqualTo(300);
    assertThat(footnotes.cardinality()).isEqualTo(count);
    String[] expected = new String[count];
    for (int row = 0; row < count; row++) {
      expected[row] = "note " + (count - row);
    }
    Arrays.sort(expected);
    for (int code = 0; code < count; code++) {
      assertThat(footnotes.valueOf(code)).isEqualTo(expected[code]);
    }
    for (int row = 0; row < count; row++) {
      double value = snapshot.doubles("value").doubleValue(row);
      assertThat(footnotes.value(row)).isEqualTo("note " + (count - (int) value));
      assertThat(areas.value(row)).isEqualTo("A" + ((int) value % 300));
      assertThat(footnotes.valueOf(footnotes.code(row))).isEqualTo(footnotes.value(row));
      if (row > 0) {
        assertThat(areas.code(row)).isGreaterThanOrEqualTo(areas.code(row - 1));
      }
    }
  }

  @Test
  void negativeAndNullIntegersReadBack() throws IOException {
    Integer[] counts = {-5, null, 0, 1000, null};
    TableSnapshot snapshot =
        load(
            rows(
                5,
                row ->
                    GoldRow.of("17.3.2", "SLV", "20" + (10 + row), row)
                        .with("countries_with_data", counts[row])));

    IntegerColumn column = snapshot.integers("countries_with_data");
    List<Integer> read = new ArrayList<>();
    for (int row = 0; row < 5; row++) {
      read.add(column.value(row));
    }
    assertThat(read).containsExactly(-5, null, 0, 1000, null);
    assertThat(column.isNull(1)).isTrue();
    assertThat(column.isNull(0)).isFalse();
    assertThat(column.intValue(0)).isEqualTo(-5);
    assertThat(snapshot.integers("countries_in_group").value(3)).isNull();
  }

  @Test
  void sparseAndDenseDoublesReadBack() throws IOException {
    TableSnapshot snapshot =
        load(
            rows(
                200,
                row ->
                    GoldRow.of("17.3.2", "SLV", Integer.toString(1800 + row), row + 0.5)
                        .with("numerator", row % 70 == 0 ? row * 2.0 : null)));

    DoubleColumn value = snapshot.doubles("value");
    DoubleColumn numerator = snapshot.doubles("numerator");
    for (int row = 0; row < 200; row++) {
      assertThat(value.isNull(row)).isFalse();
      assertThat(value.doubleValue(row)).isEqualTo(row + 0.5);
      if (row % 70 == 0) {
        assertThat(numerator.isNull(row)).isFalse();
        assertThat(numerator.value(row)).isEqualTo(row * 2.0);
      } else {
        assertThat(numerator.isNull(row)).isTrue();
        assertThat(numerator.value(row)).isNull();
        assertThat(numerator.doubleValue(row)).isNaN();
      }
    }
    // Three present values, a bitmap of 4 words and a count before each word.
    assertThat(numerator.sizeInBytes()).isEqualTo(32 + (16 + 3 * 8) + 32 + (16 + 4 * 8) + 32);
  }

  /**
   * Bits a row takes, by column: area 2 (4 values), period and year 1 each (2 values), sex 2 (null
   * and 2 values), value 64, numerator on every 4th row 16 plus 1.5 for its bitmap and counts,
   * denominator and population share, always null, 1.5 each, countries with data 4 (null, 10 and 20
   * span 12 values), countries in group 1 (null and 50); every other column is constant: 95.5 bits,
   * 11.9375 bytes.
   */
  @Test
  void bytesARowAddsAreTheBitsOfItsColumnsCountedByHand() throws IOException {
    IntFunction<GoldRow> row =
        index ->
            GoldRow.of("17.3.2", "A" + index % 4, index % 2 == 0 ? "2010" : "2011", index)
                .with("sex", index % 3 == 0 ? null : index % 3 == 1 ? "F" : "M")
                .with("numerator", index % 4 == 0 ? 1.0 * index : null)
                .with("countries_with_data", index % 4 == 0 ? 10 + 10 * (index % 8 / 4) : null)
                .with("countries_in_group", index % 4 == 0 ? 50 : null);
    TableSnapshot small = load(rows(1024, row));
    TableSnapshot large = load(rows(2048, row));

    assertThat(large.sizeInBytes() - small.sizeInBytes()).isEqualTo(1024 * 955 / 80);
    assertThat((double) large.sizeInBytes() / large.rowCount()).isLessThan(32);
  }

  private static List<GoldRow> rows(int count, IntFunction<GoldRow> row) {
    List<GoldRow> rows = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      rows.add(row.apply(index));
    }
    return rows;
  }

  private TableSnapshot load(List<GoldRow> rows) throws IOException {
    Path root = warehouse.resolve("w" + rows.size());
    GoldTableFixture.in(root).create(rows);
    GoldTableReader reader =
        new GoldTableReader(
            DefaultEngine.create(new Configuration()),
            new CorridorProperties(root.toString(), Duration.ofSeconds(5)));
    return reader.read(
        ObservationSnapshot.TABLE, reader.latest(ObservationSnapshot.TABLE).orElseThrow());
  }
}
