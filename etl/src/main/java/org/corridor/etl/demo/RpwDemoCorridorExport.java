package org.corridor.etl.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.etl.demo.RpwDemoServices.Corridor;
import org.corridor.etl.demo.RpwDemoServices.Country;
import org.corridor.etl.demo.RpwDemoServices.Provider;
import org.corridor.etl.demo.RpwDemoServices.Quarter;

/**
 * The demo's DataBank export of RPW corridor averages (series ATCR.CORR): every sending country of
 * the demo against every receiving one, {@code ..} where no corridor is surveyed, each surveyed
 * corridor's value the simple mean of its services' USD 200 total cost, and DataBank's footer.
 */
final class RpwDemoCorridorExport {
  private RpwDemoCorridorExport() {}

  /**
   * @param unknown a receiving country not in the code list, given one value: a planted bad cell
   */
  static void write(Path file, RpwDemoServices services, List<Quarter> quarters, Country unknown)
      throws IOException {
    Set<Country> senders = new LinkedHashSet<>();
    Set<Country> receivers = new LinkedHashSet<>();
    services.corridors().forEach(c -> senders.add(c.sending()));
    services.corridors().forEach(c -> receivers.add(c.receiving()));
    receivers.add(unknown);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write('\uFEFF');
      CsvCells line = new CsvCells();
      List<String> header =
          new ArrayList<>(
              List.of(
                  "Sending Countries Name",
                  "Sending Countries Code",
                  "Series Name",
                  "Series Code",
                  "Receiving Countries  Name",
                  "Receiving Countries  Code"));
      for (Quarter quarter : quarters) {
        String label = quarter.year() + "Q" + quarter.quarter();
        header.add(label + " [YR" + label + "]");
      }
      line.record(header);
      line.writeTo(writer);
      boolean planted = false;
      for (Country sending : senders) {
        for (Country receiving : receivers) {
          line.record(
              List.of(
                  sending.name(),
                  sending.code(),
                  "Average Total Cost to remit in corridor",
                  "ATCR.CORR",
                  receiving.name(),
                  receiving.code()));
          int corridor = services.corridors().indexOf(Corridor.of(sending, receiving));
          for (Quarter quarter : quarters) {
            if (corridor >= 0) {
              line.text(average(services, quarter, corridor));
            } else if (receiving == unknown && !planted) {
              line.text("7.5");
              planted = true;
            } else {
              line.text("..");
            }
          }
          line.writeTo(writer);
        }
      }
      String blank = ",".repeat(header.size() - 1) + "\n";
      writer.write(blank.repeat(3));
      writer.write("Data from database: Remittance Prices Worldwide (Corridors)" + blank);
      writer.write("Last Updated: 12/31/2024" + blank);
    }
  }

  /** The corridor's simple mean of the USD 200 total cost over its services, as a percent. */
  private static String average(RpwDemoServices services, Quarter quarter, int corridor) {
    long sum = 0;
    for (Provider provider : Provider.values()) {
      sum += services.totalCost200(quarter.index(), corridor, provider);
    }
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(100L * Provider.values().length), 4, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
