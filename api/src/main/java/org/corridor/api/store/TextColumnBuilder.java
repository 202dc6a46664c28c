package org.corridor.api.store;

import io.delta.kernel.data.ColumnVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary-encodes a string column as it is read. Codes are first given in order of appearance;
 * {@link #seal()} renumbers them in sorted order so that codes compare like the strings.
 */
final class TextColumnBuilder implements ColumnBuilder {
  private final Map<String, Integer> codeByValue = new HashMap<>();
  private final List<String> values = new ArrayList<>();
  private int[] codes = new int[0];
  private int size;
  private int nullCount;
  private String[] dictionary;

  @Override
  public void append(ColumnVector vector, int row) {
    if (dictionary != null) {
      throw new IllegalStateException("column is sealed");
    }
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, ColumnBuilder.grownCapacity(codes.length));
    }
    if (vector.isNullAt(row)) {
      codes[size++] = TextColumn.NULL_CODE;
      nullCount++;
    } else {
      codes[size++] = codeByValue.computeIfAbsent(vector.getString(row), this::register);
    }
  }

  private int register(String value) {
    values.add(value);
    return values.size() - 1;
  }

  /** Sorts the dictionary and renumbers the codes; no value may be appended afterwards. */
  void seal() {
    if (dictionary != null) {
      return;
    }
    dictionary = values.toArray(String[]::new);
    Arrays.sort(dictionary);
    int[] sortedCode = new int[dictionary.length];
    for (int code = 0; code < dictionary.length; code++) {
      sortedCode[codeByValue.get(dictionary[code])] = code;
    }
    for (int row = 0; row < size; row++) {
      if (codes[row] != TextColumn.NULL_CODE) {
        codes[row] = sortedCode[codes[row]];
      }
    }
    codeByValue.clear();
    values.clear();
  }

  /** The sealed code of an appended row. */
  int code(int row) {
    return codes[row];
  }

  int cardinality() {
    return dictionary.length;
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
