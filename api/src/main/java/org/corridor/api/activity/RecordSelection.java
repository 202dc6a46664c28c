package org.corridor.api.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.corridor.api.store.IntegerListColumn;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.api.store.TextListColumn;

/**
 * The rows of an activity table that pass every filter given, in the table's order; each filter
 * keeps a row matching any of its values, and an empty filter keeps every row.
 */
final class RecordSelection {
  private final TableSnapshot records;
  private final List<IntPredicate> tests = new ArrayList<>();

  RecordSelection(TableSnapshot records) {
    this.records = records;
  }

  /** Rows whose text column holds one of the values. */
  RecordSelection text(String column, Set<String> values) {
    if (!values.isEmpty()) {
      tests.add(records.text(column).holdsAnyOf(values));
    }
    return this;
  }

  /** Rows where either text column holds one of the values. */
  RecordSelection eitherText(String first, String second, Set<String> values) {
    if (!values.isEmpty()) {
      tests.add(records.text(first).holdsAnyOf(values).or(records.text(second).holdsAnyOf(values)));
    }
    return this;
  }

  /** Rows whose text list holds one of the values. */
  RecordSelection textList(String column, Set<String> values) {
    if (!values.isEmpty()) {
      TextListColumn lists = records.textLists(column);
      tests.add(row -> values.stream().anyMatch(value -> lists.contains(row, value)));
    }
    return this;
  }

  /** Rows whose integer list holds one of the values. */
  RecordSelection integerList(String column, Set<Integer> values) {
    if (!values.isEmpty()) {
      IntegerListColumn lists = records.integerLists(column);
      tests.add(row -> values.stream().anyMatch(value -> lists.contains(row, value)));
    }
    return this;
  }

  /**
   * Rows counted in one of the years: a dated record in each year it names, an undated one in its
   * source's reference year, as the gold job counts them.
   */
  RecordSelection years(Set<Integer> years) {
    if (!years.isEmpty()) {
      IntegerListColumn named = records.integerLists("years");
      TextColumn sources = records.text("source");
      ReferenceYears reference = ReferenceYears.of(records);
      tests.add(
          row ->
              named.length(row) == 0
                  ? reference.of(sources.value(row)).filter(years::contains).isPresent()
                  : years.stream().anyMatch(year -> named.contains(row, year)));
    }
    return this;
  }

  int[] rows() {
    IntPredicate all = tests.stream().reduce(row -> true, IntPredicate::and);
    return IntStream.range(0, records.rowCount()).filter(all).toArray();
  }
}
