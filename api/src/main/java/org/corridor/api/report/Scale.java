package org.corridor.api.report;

import java.util.List;

/**
 * The value range a chart's axis spans: the points' own range, widened to include zero when all
 * values share a sign, so that bars start at zero and a flat series still has a height.
 */
record Scale(double min, double max) {

  static Scale over(List<ChartPoint> points) {
    double min = 0;
    double max = 0;
    for (ChartPoint point : points) {
      min = Math.min(min, point.value());
      max = Math.max(max, point.value());
    }
    if (min == max) {
      max = min + 1;
    }
    return new Scale(min, max);
  }

  /** The vertical coordinate of a value between a top and a bottom edge. */
  double y(double value, double top, double bottom) {
    return bottom - (value - min) / (max - min) * (bottom - top);
  }

  /** The horizontal coordinate of a value between a left and a right edge. */
  double x(double value, double left, double right) {
    return left + (value - min) / (max - min) * (right - left);
  }
}
