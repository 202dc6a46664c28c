package org.corridor.api.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corridor.api.report.ProgressReport.GlobalValue;
import org.corridor.api.report.ProgressReport.IndicatorReport;
import org.corridor.api.report.ProgressReport.ProgressLine;
import org.corridor.api.report.ProgressReport.RegionalValue;
import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.IntegerColumn;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.catalogue.Indicator;

/**
 * One indicator's part of the report, read from one observation snapshot and one assessment
 * snapshot: every world series' latest value, the charted series' regional values and world time
 * series, and the world assessments.
 */
final class IndicatorFigures {
  static final String WORLD = "WLD";

  private final ObservationSnapshot observations;
  private final TableSnapshot assessments;
  private final List<AreaGroup> regions;
  private final int year;
  private final Set<String> sources;

  /**
   * @param regions the regions whose values are shown, in the order shown
   * @param sources collects the sources of every figure shown
   */
  IndicatorFigures(
      ObservationSnapshot observations,
      TableSnapshot assessments,
      List<AreaGroup> regions,
      int year,
      Set<String> sources) {
    this.observations = observations;
    this.assessments = assessments;
    this.regions = List.copyOf(regions);
    this.year = year;
    this.sources = sources;
  }

  IndicatorReport of(Indicator indicator) {
    YearlyObservations yearly = new YearlyObservations(observations, indicator.code(), year);
    Map<String, TreeMap<Integer, Integer>> world = yearly.byYear(WORLD);
    List<ProgressLine> progress = progress(indicator.code());
    String charted = chartedSeries(indicator.code(), world, progress);
    Set<String> footnotes = new LinkedHashSet<>();
    List<GlobalValue> globalValues = new ArrayList<>();
    world.forEach(
        (series, years) -> globalValues.add(globalValue(series, years.lastEntry().getValue())));
    world.values().forEach(years -> note(years.lastEntry().getValue(), footnotes));
    List<RegionalValue> regional = new ArrayList<>();
    List<ChartPoint> bars = new ArrayList<>();
    if (charted != null) {
      for (AreaGroup region : regions) {
        int row = yearly.latest(region.code(), charted);
        if (row >= 0) {
          double value = yearly.value().doubleValue(row);
          regional.add(
              new RegionalValue(
                  region.code(),
                  region.name(),
                  text("period", row),
                  Figures.value(value),
                  text("aggregation_method", row)));
          bars.add(new ChartPoint(region.name(), value));
          note(row, footnotes);
        }
      }
    }
    List<ChartPoint> line = new ArrayList<>();
    if (charted != null) {
      world
          .get(charted)
          .forEach(
              (y, row) ->
                  line.add(new ChartPoint(Integer.toString(y), yearly.value().doubleValue(row))));
    }
    String title = indicator.code() + " " + (charted == null ? "" : charted);
    return new IndicatorReport(
        indicator.code(),
        indicator.name(),
        indicator.unitLabel(),
        indicator.custodian(),
        charted,
        globalValues,
        regional,
        progress,
        line.isEmpty() ? null : LineChart.draw(title + ", world", line),
        bars.isEmpty() ? null : BarChart.draw(title + ", SDG regions", bars),
        List.copyOf(footnotes));
  }

  /**
   * The series the charts show: the first world series with an assessment, else the series named
   * after the indicator, else the first world series; null where the world has no value.
   */
  private static String chartedSeries(
      String code, Map<String, TreeMap<Integer, Integer>> world, List<ProgressLine> progress) {
    for (ProgressLine line : progress) {
      if (world.containsKey(line.series())) {
        return line.series();
      }
    }
    if (world.containsKey(code)) {
      return code;
    }
    return world.isEmpty() ? null : world.keySet().iterator().next();
  }

  private GlobalValue globalValue(String series, int row) {
    IntegerColumn withData = observations.integers("countries_with_data");
    IntegerColumn inGroup = observations.integers("countries_in_group");
    DoubleColumn share = observations.table().doubles("population_share");
    String coverage = "";
    if (!withData.isNull(row) && !inGroup.isNull(row)) {
      coverage = withData.intValue(row) + " of " + inGroup.intValue(row) + " countries";
    }
    if (!share.isNull(row)) {
      coverage += (coverage.isEmpty() ? "" : ", ") + Figures.share(share.doubleValue(row));
      coverage += " of population";
    }
    return new GlobalValue(
        series,
        text("period", row),
        Figures.value(observations.table().doubles("value").doubleValue(row)),
        text("aggregation_method", row),
        coverage);
  }

  /** The world assessments of the indicator, in the table's order: by series, then method. */
  private List<ProgressLine> progress(String code) {
    TextColumn indicator = assessments.text("indicator");
    TextColumn area = assessments.text("area");
    List<ProgressLine> lines = new ArrayList<>();
    for (int row = 0; row < assessments.rowCount(); row++) {
      if (code.equals(indicator.value(row)) && WORLD.equals(area.value(row))) {
        lines.add(
            new ProgressLine(
                assessments.text("series").value(row),
                assessments.text("method").value(row),
                assessments.text("baseline_period").value(row),
                Figures.value(assessments.doubles("baseline_value").doubleValue(row)),
                assessments.text("latest_period").value(row),
                Figures.value(assessments.doubles("latest_value").doubleValue(row)),
                Figures.valueOrDash(assessments.doubles("target_value").value(row)),
                Figures.valueOrDash(assessments.doubles("ratio").value(row)),
                assessments.text("category").value(row),
                assessments.text("thresholds").value(row)));
      }
    }
    return lines;
  }

  private void note(int row, Set<String> footnotes) {
    String footnote = text("footnote", row);
    if (footnote != null) {
      footnotes.add(footnote);
    }
    sources.add(text("source", row));
  }

  private String text(String column, int row) {
    return observations.text(column).value(row);
  }
}
