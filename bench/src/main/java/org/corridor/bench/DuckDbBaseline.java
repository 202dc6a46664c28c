package org.corridor.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.store.ObservationSnapshot;

/**
 * DuckDB over the observation table's Parquet files, the baseline issue 5 compares the store with:
 * one in-memory connection on two threads, one prepared statement per slice. The table is written
 * append-only, so every Parquet file under it is live and no Delta log needs reading.
 */
final class DuckDbBaseline implements AutoCloseable {
  private final Connection connection;
  private final Map<SliceQuery, PreparedStatement> statements = new EnumMap<>(SliceQuery.class);

  private DuckDbBaseline(Connection connection) {
    this.connection = connection;
  }

  static DuckDbBaseline over(Path warehouse) throws SQLException {
    Path table = warehouse.resolve(ObservationSnapshot.TABLE.relativePath());
    DuckDbBaseline baseline = new DuckDbBaseline(DriverManager.getConnection("jdbc:duckdb:"));
    try (Statement statement = baseline.connection.createStatement()) {
      statement.execute("SET threads = 2");
      // Partition values such as 10.7.2 would otherwise be guessed as dates or numbers.
      statement.execute(
          "CREATE VIEW observation AS SELECT * FROM read_parquet('"
              + table.toAbsolutePath()
              + "/**/*.parquet', hive_partitioning = true, hive_types = {'indicator': VARCHAR})");
    }
    for (SliceQuery query : SliceQuery.values()) {
      baseline.statements.put(query, query.prepare(baseline.connection));
    }
    return baseline;
  }

  /** Runs a slice and reads every value of every row, as an answer must; returns the rows. */
  List<Map<String, Object>> answer(SliceQuery query) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ResultSet result = statements.get(query).executeQuery()) {
      ResultSetMetaData columns = result.getMetaData();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          row.put(columns.getColumnLabel(column), result.getObject(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : statements.values()) {
      statement.close();
    }
    connection.close();
  }
}
