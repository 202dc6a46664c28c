package org.corridor.etl.cli;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Warehouse;
import org.corridor.warehouse.table.TableSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code corridor show}: a table's rows in natural-key order, as a table for reading or as CSV for
 * pandas or a spreadsheet.
 */
@Command(
    name = "show",
    description = "Print a table's rows, ordered by its natural key, as a table or as CSV.")
final class ShowCommand implements Callable<Integer> {
  private static final int TABLE_ROWS = 20;

  @ParentCommand CorridorCli cli;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<layer.table>",
      converter = TableSelection.class,
      completionCandidates = TableSelection.class,
      description = "The table, e.g. silver.quarantine: one of ${COMPLETION-CANDIDATES}")
  TableSpec table;

  @Option(
      names = "--where",
      paramLabel = "<condition>",
      description = "Spark SQL condition a row must meet, e.g. \"area = 'SLV'\".")
  String condition;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or csv (a header line, then one line a row). Default: ${DEFAULT-VALUE}")
  String format;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show at most N rows. Default: " + TABLE_ROWS + " as a table, all as CSV.")
  Integer limit;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("csv")) {
      throw usageError("--format is table or csv, got '" + format + "'");
    }
    if (limit != null && limit < 0) {
      throw usageError("--limit must not be negative, got " + limit);
    }
    Warehouse warehouse = cli.warehouse();
    if (!warehouse.exists(table)) {
      // No run has written the table yet: no rows, but a CSV reader still gets its columns.
      if (format.equals("csv")) {
        printCsv(cli.out(), List.of());
      } else {
        cli.out().printf("%s has not been written yet.%n", table.qualifiedName());
      }
      return CorridorCli.EXIT_OK;
    }
    Dataset<Row> rows = asText(filtered(warehouse.read(table)));
    if (format.equals("csv")) {
      printCsv(cli.out(), limit == null ? rows.collectAsList() : rows.limit(limit).collectAsList());
    } else {
      int shown = limit == null ? TABLE_ROWS : limit;
      // One row more than shown tells whether there are more without counting the table.
      printTable(cli.out(), rows.limit(shown + 1).collectAsList(), shown);
    }
    return CorridorCli.EXIT_OK;
  }

  private Dataset<Row> filtered(Dataset<Row> rows) {
    if (condition == null) {
      return rows;
    }
    try {
      return rows.where(condition);
    } catch (Exception e) {
      // Spark's AnalysisException, checked in Java's eyes, is thrown though no signature says so.
      if (!(e instanceof AnalysisException)) {
        throw e;
      }
      throw usageError(
          "--where '"
              + condition
              + "' is not a condition on "
              + table.qualifiedName()
              + " (columns: "
              + String.join(", ", table.columnNames())
              + "): "
              + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /**
   * The spec's columns in its order, each as Spark renders it as text (timestamps in the session's
   * UTC), sorted by the natural key so that the same table always prints the same lines.
   */
  private Dataset<Row> asText(Dataset<Row> rows) {
    Column[] columns =
        table.columnNames().stream().map(c -> col(c).cast("string").as(c)).toArray(Column[]::new);
    Column[] key =
        table.naturalKey().stream().map(c -> col(c).asc_nulls_first()).toArray(Column[]::new);
    return rows.orderBy(key).select(columns);
  }

  private void printCsv(PrintWriter out, List<Row> rows) {
    out.println(CSVFormat.RFC4180.format(table.columnNames().toArray()));
    for (Row row : rows) {
      out.println(CSVFormat.RFC4180.format(values(row).toArray()));
    }
  }

  private void printTable(PrintWriter out, List<Row> rows, int shown) {
    List<String> header = table.columnNames();
    List<List<String>> lines = rows.stream().limit(shown).map(ShowCommand::values).toList();
    int[] widths = header.stream().mapToInt(String::length).toArray();
    for (List<String> line : lines) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    printAligned(out, header, widths);
    lines.forEach(line -> printAligned(out, line, widths));
    if (rows.size() > shown) {
      out.printf("  ... more rows: --limit N shows more, --format csv all%n");
    }
  }

  private static void printAligned(PrintWriter out, List<String> fields, int[] widths) {
    StringBuilder line = new StringBuilder(" ");
    for (int i = 0; i < widths.length; i++) {
      line.append(' ').append(String.format("%-" + widths[i] + "s", fields.get(i)));
    }
    out.println(line.toString().stripTrailing());
  }

  private static List<String> values(Row row) {
    List<String> values = new ArrayList<>(row.length());
    for (int i = 0; i < row.length(); i++) {
      values.add(row.isNullAt(i) ? "" : row.getString(i));
    }
    return values;
  }

  private CommandLine.ParameterException usageError(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
