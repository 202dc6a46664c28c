package org.corridor.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

  /** Bars span x 190 to 432; with values 2 and 4 the axis runs 0 to 4: 121 and 242 wide. */
  @Test
  void barLengthsAreProportionalToTheValuesFromZero() {
    String svg =
        BarChart.draw("t", List.of(new ChartPoint("Africa", 2), new ChartPoint("Asia", 4)));

    assertThat(svg)
        .contains("<rect x=\"190.0\" y=\"8.0\" width=\"121.0\"")
        .contains("<rect x=\"190.0\" y=\"28.0\" width=\"242.0\"")
        .contains(">2.00</text>", ">4.00</text>");
  }

  @Test
  void aLineChartMarksEveryYearAndLabelsTheFirstAndTheLast() {
    List<ChartPoint> points =
        List.of(
            new ChartPoint("2022", 6.8), new ChartPoint("2023", 6.5), new ChartPoint("2024", 6.2));

    String svg = LineChart.draw("10.c.1 & world", points);

    assertThat(svg.split("<circle", -1)).hasSize(4);
    assertThat(svg).contains(">2022</text>", ">2024</text>").doesNotContain(">2023</text>");
    assertThat(svg).contains("<title>10.c.1 &amp; world</title>");
    assertThat(LineChart.draw("10.c.1 & world", points)).isEqualTo(svg);
  }

  /** A negative value widens the axis below zero: the bar ends left of the zero line. */
  @Test
  void aNegativeBarGrowsLeftOfZero() {
    String svg = BarChart.draw("t", List.of(new ChartPoint("Fell", -1), new ChartPoint("Rose", 1)));

    assertThat(svg)
        .contains("<rect x=\"190.0\" y=\"8.0\" width=\"121.0\"")
        .contains("<rect x=\"311.0\" y=\"28.0\" width=\"121.0\"");
  }
}
