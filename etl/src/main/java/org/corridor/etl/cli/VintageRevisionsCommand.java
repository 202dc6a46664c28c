package org.corridor.etl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.delta.RevisionReport;
import org.corridor.warehouse.table.GoldTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code corridor vintage revisions}: the observations added, changed and withdrawn between two
 * vintages, as a table for reading or as CSV for a spreadsheet.
 */
@Command(
    name = "revisions",
    description = "Observations added, changed (old and new value) and withdrawn between vintages.")
final class VintageRevisionsCommand implements Callable<Integer> {
  private static final int TABLE_ROWS = 50;

  @ParentCommand VintageCommand vintage;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<from>", description = "The older vintage.")
  String from;

  @Parameters(index = "1", paramLabel = "<to>", description = "The newer vintage.")
  String to;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table (counts, then the first revisions) or csv (every revision). Default:"
              + " ${DEFAULT-VALUE}")
  String format;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show at most N revisions. Default: " + TABLE_ROWS + " as a table, all as CSV.")
  Integer limit;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("csv")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format is table or csv, got '" + format + "'");
    }
    if (limit != null && limit < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--limit must not be negative, got " + limit);
    }
    RevisionReport report;
    try {
      report = vintage.vintages().revisions(from, to);
    } catch (EtlErrors.VintageArgument e) {
      throw VintageCommand.usageError(spec, e);
    }
    var out = vintage.cli.out();
    if (format.equals("csv")) {
      printCsv(out, limit == null ? report.changes().collectAsList() : rows(report, limit));
    } else {
      printTable(out, report, rows(report, limit == null ? TABLE_ROWS : limit));
    }
    return CorridorCli.EXIT_OK;
  }

  private static List<Row> rows(RevisionReport report, int limit) {
    return report.changes().limit(limit).collectAsList();
  }

  private static void printTable(PrintWriter out, RevisionReport report, List<Row> rows) {
    out.printf(
        "Revisions of %s from %s to %s: %,d added, %,d changed, %,d withdrawn%n",
        GoldTables.INDICATOR_OBSERVATION.qualifiedName(),
        report.from(),
        report.to(),
        report.added(),
        report.changed(),
        report.withdrawn());
    if (rows.isEmpty()) {
      return;
    }
    String line = "  %-10s %-10s %-14s %-8s %-8s %-24s %14s %14s%n";
    out.printf(line, "change", "indicator", "series", "area", "period", "breakdown", "old", "new");
    for (Row row : rows) {
      out.printf(
          line,
          row.getAs("change"),
          row.getAs("indicator"),
          row.getAs("series"),
          row.getAs("area"),
          row.getAs("period"),
          breakdown(row),
          text(row.getAs("old_value")),
          text(row.getAs("new_value")));
    }
    long total = report.added() + report.changed() + report.withdrawn();
    if (total > rows.size()) {
      out.printf(
          "  ... and %,d more: --limit N shows more, --format csv all%n", total - rows.size());
    }
  }

  /** The disaggregations a row has, e.g. {@code sex=F origin=SLV}; blank for a total. */
  private static String breakdown(Row row) {
    return GoldTables.DISAGGREGATIONS.stream()
        .filter(d -> row.getAs(d) != null)
        .map(d -> d + "=" + row.getAs(d))
        .collect(Collectors.joining(" "));
  }

  private static void printCsv(PrintWriter out, List<Row> rows) {
    List<String> header = new ArrayList<>();
    header.add("change");
    header.addAll(GoldTables.INDICATOR_OBSERVATION.naturalKey());
    header.add("old_value");
    header.add("new_value");
    out.println(String.join(",", header));
    for (Row row : rows) {
      out.println(CSVFormat.RFC4180.format(header.stream().map(row::getAs).toArray()));
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
