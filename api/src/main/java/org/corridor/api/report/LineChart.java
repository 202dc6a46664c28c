package org.corridor.api.report;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A time series as an inline SVG line chart: one marker per year, the first and last years and the
 * lowest and highest values labelled. The output depends on the points alone, so the same series
 * draws the same bytes.
 */
final class LineChart {
  private static final int WIDTH = 480;
  private static final int HEIGHT = 200;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 32;

  private LineChart() {}

  /** The chart of points in year order; at least one point. */
  static String draw(String title, List<ChartPoint> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a line chart needs at least one point");
    }
    Scale scale = Scale.over(points);
    StringBuilder svg = new StringBuilder();
    svg.append(header(title));
    svg.append(axes());
    svg.append(label(LEFT - 6, TOP + 4, "end", Figures.value(scale.max())));
    svg.append(label(LEFT - 6, HEIGHT - BOTTOM, "end", Figures.value(scale.min())));
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      double x = x(i, points.size());
      double y = scale.y(points.get(i).value(), TOP, HEIGHT - BOTTOM);
      path.append(i == 0 ? "M" : " L").append(number(x)).append(' ').append(number(y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"#1f5f8b\"/>",
              number(x),
              number(y)));
    }
    svg.append("<path d=\"")
        .append(path)
        .append("\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2\"/>");
    svg.append(label(x(0, points.size()), HEIGHT - 10, "middle", points.get(0).label()));
    if (points.size() > 1) {
      int last = points.size() - 1;
      svg.append(label(x(last, points.size()), HEIGHT - 10, "middle", points.get(last).label()));
    }
    return svg.append("</svg>").toString();
  }

  private static double x(int index, int count) {
    double plot = WIDTH - LEFT - RIGHT;
    return count == 1 ? LEFT + plot / 2 : LEFT + plot * index / (count - 1);
  }

  private static String header(String title) {
    return String.format(
        Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " role=\"img\"><title>%s</title>",
        WIDTH,
        HEIGHT,
        WIDTH,
        HEIGHT,
        HtmlUtils.htmlEscape(title, "UTF-8"));
  }

  private static String axes() {
    return String.format(
        Locale.ROOT,
        "<path d=\"M%d %d L%d %d L%d %d\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1\"/>",
        LEFT,
        TOP,
        LEFT,
        HEIGHT - BOTTOM,
        WIDTH - RIGHT,
        HEIGHT - BOTTOM);
  }

  static String label(double x, double y, String anchor, String text) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%s\" y=\"%s\" font-size=\"10\" font-family=\"sans-serif\" text-anchor=\"%s\">%s"
            + "</text>",
        number(x),
        number(y),
        anchor,
        HtmlUtils.htmlEscape(text, "UTF-8"));
  }

  static String number(double coordinate) {
    return String.format(Locale.ROOT, "%.1f", coordinate);
  }
}
