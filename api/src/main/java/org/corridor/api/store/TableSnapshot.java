package org.corridor.api.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.corridor.warehouse.table.TableSpec;

/**
 * An immutable in-memory copy of one version of a served table, column by column as its {@link
 * TableSpec} declares them, its rows sorted by {@link #sortKey()}.
 */
public final class TableSnapshot {
  /** The version of a table that does not exist (yet, or at the time asked for). */
  public static final long NO_TABLE = -1;

  private final TableSpec table;
  private final long version;
  private final int rowCount;
  private final List<String> sortKey;
  private final Map<String, StoredColumn> columns;
  private final long sizeInBytes;
  private final Map<IndexKey, RowIndex> indexes = new ConcurrentHashMap<>();

  TableSnapshot(
      TableSpec table,
      long version,
      int rowCount,
      List<String> sortKey,
      Map<String, StoredColumn> columns) {
    this.table = table;
    this.version = version;
    this.rowCount = rowCount;
    this.sortKey = List.copyOf(sortKey);
    this.columns = Map.copyOf(columns);
    // Counted once: a scrape of the metrics asks for it every time.
    this.sizeInBytes = columns.values().stream().mapToLong(StoredColumn::sizeInBytes).sum();
  }

  /** A snapshot with no rows, served while the table does not exist. */
  public static TableSnapshot empty(TableSpec table) {
    return new SnapshotAssembler(table).build(NO_TABLE);
  }

  public TableSpec table() {
    return table;
  }

  /** The Delta version the rows were read at, or {@link #NO_TABLE}. */
  public long version() {
    return version;
  }

  public int rowCount() {
    return rowCount;
  }

  /** The columns the rows are sorted by, most significant first. */
  public List<String> sortKey() {
    return sortKey;
  }

  /** A column by its name in the table's spec. */
  public StoredColumn column(String name) {
    StoredColumn column = columns.get(name);
    if (column == null) {
      throw new IllegalArgumentException(table.qualifiedName() + " has no column " + name);
    }
    return column;
  }

  public TextColumn text(String name) {
    return column(name, TextColumn.class, "a STRING");
  }

  public IntegerColumn integers(String name) {
    return column(name, IntegerColumn.class, "an INTEGER");
  }

  public DoubleColumn doubles(String name) {
    return column(name, DoubleColumn.class, "a DOUBLE");
  }

  public LongColumn longs(String name) {
    return column(name, LongColumn.class, "a LONG");
  }

  public TimestampColumn timestamps(String name) {
    return column(name, TimestampColumn.class, "a TIMESTAMP");
  }

  public TextListColumn textLists(String name) {
    return column(name, TextListColumn.class, "a STRING_LIST");
  }

  public IntegerListColumn integerLists(String name) {
    return column(name, IntegerListColumn.class, "an INTEGER_LIST");
  }

  /**
   * @param declared the column type the caller expects, with its article, for the error
   */
  private <T extends StoredColumn> T column(String name, Class<T> type, String declared) {
    StoredColumn column = column(name);
    if (!type.isInstance(column)) {
      throw new IllegalArgumentException(name + " is not " + declared + " column");
    }
    return type.cast(column);
  }

  /**
   * The rows whose first sort column holds a value; contiguous because rows are sorted by that
   * column first.
   */
  public RowRange rowsWithLeading(String value) {
    return rowsWithin(new RowRange(0, rowCount), sortKey.get(0), value);
  }

  /**
   * The rows of a range in which a column holds a value; contiguous when the range is sorted by
   * that column, as the rows of one leading value are by the second sort column.
   */
  public RowRange rowsWithin(RowRange range, String column, String value) {
    TextColumn sorted = text(column);
    int code = sorted.codeOf(value);
    if (code == TextColumn.NULL_CODE) {
      return new RowRange(range.start(), range.start());
    }
    int start = sorted.lowerBound(range.start(), range.end(), code);
    return new RowRange(start, sorted.lowerBound(start, range.end(), code + 1));
  }

  /**
   * The rows of a range grouped by their value in a text column. Built on first use and kept with
   * the snapshot, so that only the columns and ranges queries filter on cost memory.
   */
  public CodePostings postings(String column, RowRange range) {
    return index(
        CodePostings.class, List.of(column), range, () -> CodePostings.of(text(column), range));
  }

  /**
   * The series of the rows of a range, a series being the rows that share their values of the key
   * columns. Built on first use and kept with the snapshot.
   */
  public SeriesIds seriesIds(List<String> key, RowRange range) {
    return index(
        SeriesIds.class,
        key,
        range,
        () -> SeriesIds.of(key.stream().map(this::text).toList(), range));
  }

  private <T extends RowIndex> T index(
      Class<T> type, List<String> columns, RowRange range, Supplier<T> build) {
    IndexKey key = new IndexKey(type, List.copyOf(columns), range);
    return type.cast(indexes.computeIfAbsent(key, k -> build.get()));
  }

  /**
   * Heap bytes the rows retain, counted from the arrays and dictionaries of every column, and from
   * the indexes built so far.
   */
  public long sizeInBytes() {
    return sizeInBytes + indexes.values().stream().mapToLong(RowIndex::sizeInBytes).sum();
  }

  private record IndexKey(Class<? extends RowIndex> type, List<String> columns, RowRange range) {}
}
