package org.corridor.api.sdmx;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.api.store.ObservationSnapshot;

/**
 * Writes a data answer as SDMX-CSV 2.0: STRUCTURE (always {@code dataflow}), STRUCTURE_ID, ACTION
 * ({@code I}, information), the dimensions in key order with TIME_PERIOD last, OBS_VALUE, then the
 * attributes; one row per observation, series after series. Coded values are their SDMX ids, a null
 * disaggregation is _Z, a missing attribute an empty field.
 */
final class SdmxCsvData {
  static final List<String> HEADER = header();

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

  private SdmxCsvData() {}

  static void write(SdmxData data, Appendable out) throws IOException {
    ObservationSnapshot snapshot = data.snapshot();
    CSVPrinter printer = FORMAT.print(out);
    List<String> record = new ArrayList<>(HEADER.size());
    for (int[] rows : data.series()) {
      for (int row : rows) {
        record.clear();
        record.add("dataflow");
        record.add(MigrationDataflow.flowReference());
        record.add("I");
        for (Component dimension : MigrationDataflow.KEY_DIMENSIONS) {
          record.add(SdmxIds.of((String) snapshot.column(dimension.column()).value(row)));
        }
        record.add((String) snapshot.column(MigrationDataflow.TIME_PERIOD.column()).value(row));
        record.add(text(snapshot.column(MigrationDataflow.OBS_VALUE.column()).value(row)));
        for (Component attribute : MigrationDataflow.ATTRIBUTES) {
          Object value = snapshot.column(attribute.column()).value(row);
          record.add(attribute.codelist().isPresent() ? SdmxIds.of((String) value) : text(value));
        }
        printer.printRecord(record);
      }
    }
    printer.flush();
  }

  /** Doubles in plain notation, as the observation CSV writes them. */
  private static String text(Object value) {
    if (value instanceof Double number && !number.isNaN() && !number.isInfinite()) {
      return BigDecimal.valueOf(number).toPlainString();
    }
    return value == null ? null : value.toString();
  }

  private static List<String> header() {
    List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
    MigrationDataflow.dimensions().forEach(d -> header.add(d.id()));
    header.add(MigrationDataflow.OBS_VALUE.id());
    MigrationDataflow.ATTRIBUTES.forEach(a -> header.add(a.id()));
    return List.copyOf(header);
  }
}
