package org.corridor.api.store;

import java.util.Map;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * An immutable in-memory copy of one version of {@code gold.indicator_observation}, column by
 * column, its rows sorted by indicator, area, period and the rest of the natural key.
 */
public final class ObservationSnapshot {
  /** The table a snapshot holds; its spec names every column. */
  public static final TableSpec TABLE = GoldTables.INDICATOR_OBSERVATION;

  /** The version of a table that does not exist yet. */
  public static final long NO_TABLE = -1;

  private final long version;
  private final int rowCount;
  private final Map<String, StoredColumn> columns;

  ObservationSnapshot(long version, int rowCount, Map<String, StoredColumn> columns) {
    this.version = version;
    this.rowCount = rowCount;
    this.columns = Map.copyOf(columns);
  }

  /** A snapshot with no rows, served while the table does not exist. */
  public static ObservationSnapshot empty() {
    return new SnapshotAssembler(TABLE).build(NO_TABLE);
  }

  /** The Delta version the rows were read at, or {@link #NO_TABLE}. */
  public long version() {
    return version;
  }

  public int rowCount() {
    return rowCount;
  }

  /** A column by its name in {@link #TABLE}. */
  public StoredColumn column(String name) {
    StoredColumn column = columns.get(name);
    if (column == null) {
      throw new IllegalArgumentException(TABLE.qualifiedName() + " has no column " + name);
    }
    return column;
  }

  public TextColumn text(String name) {
    if (column(name) instanceof TextColumn text) {
      return text;
    }
    throw new IllegalArgumentException(name + " is not a STRING column");
  }

  public IntegerColumn integers(String name) {
    if (column(name) instanceof IntegerColumn integers) {
      return integers;
    }
    throw new IllegalArgumentException(name + " is not an INTEGER column");
  }

  /** The rows of one indicator; contiguous because rows are sorted by indicator first. */
  public RowRange rowsOf(String indicator) {
    TextColumn indicators = text("indicator");
    int code = indicators.codeOf(indicator);
    if (code == TextColumn.NULL_CODE) {
      return new RowRange(0, 0);
    }
    int start = indicators.lowerBound(0, rowCount, code);
    return new RowRange(start, indicators.lowerBound(start, rowCount, code + 1));
  }
}
