package org.corridor.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.corridor.api.store.ObservationTableWriter;

/**
 * Writes the benchmark's {@code gold.indicator_observation}: {@code create <warehouse> <rows>}
 * creates it, {@code next-year <warehouse> <year>} commits a small new version (17.3.2 for one more
 * year) as an ETL run would, for the reload under load.
 */
public final class GoldTableGenerator {
  private GoldTableGenerator() {}

  public static void main(String[] args) {
    if (args.length != 3 || !(args[0].equals("create") || args[0].equals("next-year"))) {
      throw new IllegalArgumentException(
          "usage: GoldTableGenerator create <warehouse> <rows> | next-year <warehouse> <year>");
    }
    Path warehouse = Path.of(args[1]).toAbsolutePath();
    long started = System.nanoTime();
    long[] rows = {0};
    boolean creating = args[0].equals("create");
    ObservationTableWriter writer =
        creating
            ? ObservationTableWriter.creating(warehouse)
            : ObservationTableWriter.appending(warehouse);
    ObservationGenerator generator = new ObservationGenerator(row -> add(writer, row, rows));
    if (creating) {
      generator.generate(Long.parseLong(args[2]));
    } else {
      generator.nextYear(Integer.parseInt(args[2]));
    }
    long version = writer.commit();
    System.out.printf(
        "wrote %,d rows to %s as version %d in %d ms%n",
        rows[0],
        writer.location(),
        version,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  private static void add(ObservationTableWriter writer, Object[] row, long[] rows) {
    writer.add(row);
    rows[0]++;
  }
}
