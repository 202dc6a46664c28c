package org.corridor.api.store;

import java.util.List;
import java.util.Map;
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
    TextColumn leading = text(sortKey.get(0));
    int code = leading.codeOf(value);
    if (code == TextColumn.NULL_CODE) {
      return new RowRange(0, 0);
    }
    int start = leading.lowerBound(0, rowCount, code);
    return new RowRange(start, leading.lowerBound(start, rowCount, code + 1));
  }

  /** Heap bytes the rows retain, counted from the arrays and dictionaries of every column. */
  public long sizeInBytes() {
    return sizeInBytes;
  }
}
