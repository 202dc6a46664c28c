package org.corridor.etl.source.ilostat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.BronzeRow;
import org.corridor.etl.source.CsvLine;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;

/**
 * Reads ILOSTAT's two machine-readable layouts into bronze.ilostat_observation, one row per line:
 * the bulk CSV in the code flavour ({@code ref_area,source,indicator,sex,classif1,classif2,time,
 * obs_value,...}, columns varying with the indicator) and SDMX-CSV ({@code DATAFLOW,REF_AREA,FREQ,
 * MEASURE,SEX,...,TIME_PERIOD,OBS_VALUE,OBS_STATUS,...}). Both may start with a byte-order mark.
 *
 * <p>A file is rejected whole when it is the bulk CSV's label flavour ({@code ref_area.label,...}:
 * names instead of codes), or when it holds a series that is not one of the labour-migration series
 * Corridor reads ({@link IlostatSeries}): ILOSTAT files hold one indicator each, and quarantining
 * every line of, say, an employment-by-sector file would report thousands of "bad" rows that are
 * good data of another kind.
 */
public final class IlostatCsv {
  private static final String SDMX_AGENCY = "ILO:";

  private IlostatCsv() {}

  /** Whether a file is an ILOSTAT download in any of its layouts, by its first lines. */
  public static boolean recognises(SourceFile file) {
    String[] start = firstLines(file);
    List<String> header;
    try {
      header = CsvLine.fields(start[0]);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (IlostatLayout.isLabelFlavour(header) || IlostatLayout.isBulk(header)) {
      return header.contains("obs_value") || header.contains("obs_value.label");
    }
    // SDMX-CSV is every SDMX publisher's layout: only ILO's dataflows are ILOSTAT's.
    return IlostatLayout.isSdmx(header) && start.length > 1 && start[1].startsWith(SDMX_AGENCY);
  }

  public static ParsedFile read(SourceFile file, Provenance provenance) {
    String[] lines = file.utf8Text().split("\r?\n", -1);
    IlostatLayout layout = layout(file, lines[0]);
    List<Row> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    Set<String> unsupported = new TreeSet<>();
    for (CsvLine.Record record : CsvLine.records(lines, 0, layout.width(), rejected)) {
      String indicator = layout.indicator(record.fields());
      if (!indicator.isEmpty() && IlostatSeries.of(indicator).isEmpty()) {
        unsupported.add(indicator);
      }
      rows.add(BronzeRow.of(layout.bronzeCells(record.fields()), provenance, record.line()));
    }
    if (!unsupported.isEmpty()) {
      throw EtlErrors.unsupportedSeries(
          file.path(), String.join(", ", unsupported), IlostatSeries.codes());
    }
    return new ParsedFile(rows, rejected);
  }

  private static IlostatLayout layout(SourceFile file, String headerLine) {
    List<String> header;
    try {
      header = CsvLine.fields(headerLine);
    } catch (IllegalArgumentException e) {
      throw EtlErrors.malformedHeader(file.path(), "an ILOSTAT CSV header", headerLine);
    }
    if (IlostatLayout.isLabelFlavour(header)) {
      throw EtlErrors.labelFlavour(file.path());
    }
    if (IlostatLayout.isSdmx(header)) {
      return IlostatLayout.sdmx(file.path(), header);
    }
    return IlostatLayout.bulk(file.path(), header);
  }

  private static String[] firstLines(SourceFile file) {
    String start = file.headText();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1);
    }
    return start.split("\r?\n", 3);
  }
}
