package org.corridor.api.report;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Regional values as an inline SVG horizontal bar chart, one labelled bar per region in the order
 * given, so the same values draw the same bytes.
 */
final class BarChart {
  private static final int WIDTH = 480;
  private static final int BAR = 14;
  private static final int GAP = 6;
  private static final int LABELS = 190;
  private static final int VALUES = 48;
  private static final int TOP = 8;

  private BarChart() {}

  /** The chart of one bar per point; at least one point. */
  static String draw(String title, List<ChartPoint> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a bar chart needs at least one point");
    }
    Scale scale = Scale.over(points);
    int height = TOP * 2 + points.size() * (BAR + GAP);
    double left = LABELS;
    double right = WIDTH - VALUES;
    double zero = scale.x(0, left, right);
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" role=\"img\"><title>%s</title>",
                WIDTH,
                height,
                WIDTH,
                height,
                HtmlUtils.htmlEscape(title, "UTF-8")));
    for (int i = 0; i < points.size(); i++) {
      ChartPoint point = points.get(i);
      double y = TOP + i * (BAR + GAP);
      double end = scale.x(point.value(), left, right);
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%d\" fill=\"#4a8f5c\"/>",
              LineChart.number(Math.min(zero, end)),
              LineChart.number(y),
              LineChart.number(Math.abs(end - zero)),
              BAR));
      double baseline = y + BAR - 3;
      svg.append(LineChart.label(left - 6, baseline, "end", point.label()));
      svg.append(
          LineChart.label(
              Math.max(zero, end) + 4, baseline, "start", Figures.value(point.value())));
    }
    return svg.append("</svg>").toString();
  }
}
