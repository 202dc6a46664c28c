package org.corridor.etl.gold.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The yearly values of one indicator series for one area, in year order. */
public final class ProgressSeries {
  /**
   * The 2030 Agenda's base year: both methods measure progress from it, or the first year after.
   */
  public static final int BASELINE_YEAR = 2015;

  private final List<Point> points;

  private ProgressSeries(List<Point> points) {
    this.points = points;
  }

  /** Orders the points by year; two values for one year are an error in the input. */
  public static ProgressSeries of(List<Point> points) {
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingInt(Point::year));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).year() == sorted.get(i - 1).year()) {
        throw new IllegalArgumentException(
            "two values for year "
                + sorted.get(i).year()
                + " in one series; the observations hold duplicate undisaggregated rows");
      }
    }
    return new ProgressSeries(List.copyOf(sorted));
  }

  /**
   * The baseline (the value of 2015, or of the first year after with a value) and the latest value,
   * or nothing when fewer than two years from 2015 on have values: one point has no trend.
   */
  public Optional<Trend> sinceBaseline() {
    List<Point> recent = points.stream().filter(p -> p.year() >= BASELINE_YEAR).toList();
    if (recent.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Trend(recent.get(0), recent.get(recent.size() - 1)));
  }
}
