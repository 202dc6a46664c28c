package org.corridor.api.report;

import static java.util.Objects.requireNonNull;

/** One labelled value of a chart: a year of a time series, or a region of a bar chart. */
record ChartPoint(String label, double value) {
  ChartPoint {
    requireNonNull(label, "label is null");
  }
}
