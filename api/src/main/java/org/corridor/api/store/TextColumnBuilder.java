package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.types.BinaryType;
import java.util.Arrays;
import java.util.List;

/**
 * Dictionary-encodes a string column as it is read. Codes are first given in order of appearance;
 * {@link #seal()} renumbers them in sorted order so that codes compare like the strings.
 */
final class TextColumnBuilder implements ColumnBuilder {
  private final AppearanceCodes appearance = new AppearanceCodes();
  private int[] codes = new int[0];
  private int size;
  private int nullCount;
  private String[] dictionary;

  @Override
  public void append(ColumnVector vector, int[] rows, int count) {
    if (dictionary != null) {
      throw new IllegalStateException("column is sealed");
    }
    if (size + count > codes.length) {
      codes =
          Arrays.copyOf(codes, Math.max(size + count, ColumnBuilder.grownCapacity(codes.length)));
    }
    // Data files are read with their strings as bytes; partition values come as strings.
    if (vector.getDataType() instanceof BinaryType) {
      appendBytes(vector, rows, count);
    } else {
      appendStrings(vector, rows, count);
    }
  }

  private void appendBytes(ColumnVector vector, int[] rows, int count) {
    byte[] last = null;
    int lastCode = TextColumn.NULL_CODE;
    for (int index = 0; index < count; index++) {
      int row = rows[index];
      if (vector.isNullAt(row)) {
        codes[size++] = nullCode();
        continue;
      }
      byte[] value = vector.getBinary(row);
      // Rows written sorted repeat a value over runs, found again without hashing it.
      if (!Arrays.equals(value, last)) {
        last = value;
        lastCode = appearance.codeOf(value);
      }
      codes[size++] = lastCode;
    }
  }

  private void appendStrings(ColumnVector vector, int[] rows, int count) {
    String last = null;
    int lastCode = TextColumn.NULL_CODE;
    for (int index = 0; index < count; index++) {
      int row = rows[index];
      if (vector.isNullAt(row)) {
        codes[size++] = nullCode();
        continue;
      }
      String value = vector.getString(row);
      // A constant vector hands out one string for every row.
      if (value != last) {
        last = value;
        lastCode = appearance.codeOf(value);
      }
      codes[size++] = lastCode;
    }
  }

  private int nullCode() {
    nullCount++;
    return TextColumn.NULL_CODE;
  }

  /** Sorts the dictionary and renumbers the codes; no value may be appended afterwards. */
  void seal() {
    if (dictionary != null) {
      return;
    }
    List<String> values = appearance.values();
    dictionary = values.toArray(String[]::new);
    Arrays.sort(dictionary);
    int[] sortedCode = new int[dictionary.length];
    for (int code = 0; code < dictionary.length; code++) {
      sortedCode[code] = Arrays.binarySearch(dictionary, values.get(code));
    }
    for (int row = 0; row < size; row++) {
      if (codes[row] != TextColumn.NULL_CODE) {
        codes[row] = sortedCode[codes[row]];
      }
    }
  }

  /** The sealed code of an appended row. */
  int code(int row) {
    return codes[row];
  }

  int cardinality() {
    return dictionary.length;
  }

  /** Whether every row holds the same code, so that sorting by this column changes nothing. */
  boolean isConstant() {
    return dictionary.length + (nullCount > 0 ? 1 : 0) <= 1;
  }

  @Override
  public TextColumn build(int[] order) {
    seal();
    int lowest = nullCount > 0 || dictionary.length == 0 ? TextColumn.NULL_CODE : 0;
    PackedInts packed = new PackedInts(order.length, lowest, dictionary.length - 1);
    for (int row = 0; row < order.length; row++) {
      packed.set(row, codes[order[row]]);
    }
    codes = null;
    return new TextColumn(packed, dictionary);
  }
}
