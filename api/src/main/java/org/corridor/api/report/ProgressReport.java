package org.corridor.api.report;

import java.util.List;
import org.corridor.api.activity.RcpList;

/**
 * The annual progress report's content, every figure already written as the report shows it.
 *
 * @param edition the vintage's name, or {@code latest}
 * @param createdAt when the vintage was created, ISO-8601; null for the latest data
 * @param tableVersions the Delta version of every table read
 * @param sections one per SDG migration target, then one per GCM objective 19 to 21
 * @param corridorCosts the 10.c.1 corridor table
 * @param sources every source of the figures shown, sorted
 */
record ProgressReport(
    int year,
    String edition,
    String createdAt,
    List<TableVersion> tableVersions,
    List<ReportSection> sections,
    CorridorCosts corridorCosts,
    ActivitySummary activities,
    List<String> sources) {

  /** The Delta version of a table the report was read from, and whether a vintage pinned it. */
  record TableVersion(String table, long version, boolean pinned) {}

  /** An SDG target or a GCM objective and the catalogue indicators that serve it. */
  record ReportSection(String heading, String title, List<IndicatorReport> indicators) {}

  /** One indicator's figures, charts and progress. */
  record IndicatorReport(
      String code,
      String name,
      String unit,
      String custodian,
      String chartSeries,
      List<GlobalValue> globalValues,
      List<RegionalValue> regionalValues,
      List<ProgressLine> progress,
      String timeSeriesChart,
      String regionalChart,
      List<String> footnotes) {}

  /** The latest world value of one series, with the rule it was aggregated by and its coverage. */
  record GlobalValue(String series, String period, String value, String rule, String coverage) {}

  /** The latest value of the charted series in one SDG region. */
  record RegionalValue(String area, String name, String period, String value, String rule) {}

  /** One world progress assessment. */
  record ProgressLine(
      String series,
      String method,
      String baselinePeriod,
      String baselineValue,
      String latestPeriod,
      String latestValue,
      String target,
      String ratio,
      String category,
      String thresholds) {}

  /** The 10.c.1 corridors of the latest year: the dearest, the cheapest and those above 5%. */
  record CorridorCosts(
      String series,
      String period,
      int corridorCount,
      List<CorridorCost> mostExpensive,
      List<CorridorCost> leastExpensive,
      List<CorridorCost> aboveCeiling) {}

  /** One corridor's average cost of sending USD 200. */
  record CorridorCost(String origin, String destination, String cost) {}

  /**
   * The activity records of the silver activity tables, counted as the activity endpoints do.
   *
   * @param gfmdVersion the version of {@code silver.gfmd_activity} counted
   * @param rcps the answer of {@code /api/v1/rcps}, which names its table version
   */
  record ActivitySummary(long gfmdVersion, List<RoundtableCount> roundtables, RcpList rcps) {}

  /** A GFMD roundtable's records by type. */
  record RoundtableCount(String code, String title, long activities, long practices) {}
}
