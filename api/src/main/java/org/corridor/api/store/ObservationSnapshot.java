package org.corridor.api.store;

import java.util.List;
import java.util.stream.Stream;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * A snapshot of {@code gold.indicator_observation}, its rows sorted by indicator, area, period and
 * the rest of the natural key, with the lookups the observation endpoints need.
 */
public final class ObservationSnapshot {
  /** The table a snapshot holds; its spec names every column. */
  public static final TableSpec TABLE = GoldTables.INDICATOR_OBSERVATION;

  /** The version of a table that does not exist yet. */
  public static final long NO_TABLE = TableSnapshot.NO_TABLE;

  /** The columns that tell the series of one indicator apart: area, series, disaggregations. */
  public static final List<String> SERIES_KEY =
      Stream.concat(Stream.of("area", "series"), GoldTables.DISAGGREGATIONS.stream()).toList();

  private final TableSnapshot rows;

  private ObservationSnapshot(TableSnapshot rows) {
    this.rows = rows;
  }

  /** The observations of a snapshot of {@link #TABLE}. */
  public static ObservationSnapshot of(TableSnapshot rows) {
    if (!rows.table().equals(TABLE)) {
      throw new IllegalArgumentException(
          rows.table().qualifiedName() + " is not " + TABLE.qualifiedName());
    }
    return new ObservationSnapshot(rows);
  }

  /** A snapshot with no rows, served while the table does not exist. */
  public static ObservationSnapshot empty() {
    return new ObservationSnapshot(TableSnapshot.empty(TABLE));
  }

  /** The snapshot of the table these observations are. */
  public TableSnapshot table() {
    return rows;
  }

  /** The Delta version the rows were read at, or {@link #NO_TABLE}. */
  public long version() {
    return rows.version();
  }

  public int rowCount() {
    return rows.rowCount();
  }

  /** A column by its name in {@link #TABLE}. */
  public StoredColumn column(String name) {
    return rows.column(name);
  }

  public TextColumn text(String name) {
    return rows.text(name);
  }

  public IntegerColumn integers(String name) {
    return rows.integers(name);
  }

  /** The rows of one indicator; contiguous because rows are sorted by indicator first. */
  public RowRange rowsOf(String indicator) {
    return rows.rowsWithLeading(indicator);
  }

  /** The rows of one indicator for one area; contiguous because area is the second sort column. */
  public RowRange rowsOf(RowRange indicatorRows, String area) {
    return rows.rowsWithin(indicatorRows, "area", area);
  }

  /**
   * The series of one indicator's rows, a series being one area and one combination of the series
   * and breakdown columns; built on first use. Numbered by area first, so that the series of one
   * area have consecutive numbers.
   */
  public SeriesIds seriesIds(RowRange indicatorRows) {
    return rows.seriesIds(SERIES_KEY, indicatorRows);
  }

  /** The rows of one indicator grouped by their value in a text column, built on first use. */
  public CodePostings postings(RowRange indicatorRows, String column) {
    return rows.postings(column, indicatorRows);
  }
}
