package org.corridor.api.sdmx;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.StoredColumn;

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
    List<StoredColumn> dimensions = columns(snapshot, MigrationDataflow.KEY_DIMENSIONS);
    StoredColumn period = snapshot.column(MigrationDataflow.TIME_PERIOD.column());
    StoredColumn value = snapshot.column(MigrationDataflow.OBS_VALUE.column());
    List<StoredColumn> attributes = columns(snapshot, MigrationDataflow.ATTRIBUTES);
    String flow = MigrationDataflow.flowReference();
    CSVPrinter printer = FORMAT.print(out);
    List<String> record = new ArrayList<>(HEADER.size());
    for (int[] rows : data.series()) {
      for (int row : rows) {
        record.clear();
        record.add("dataflow");
        record.add(flow);
        record.add("I");
        for (StoredColumn dimension : dimensions) {
          record.add(SdmxIds.of((String) dimension.value(row)));
        }
        record.add((String) period.value(row));
        record.add(text(value.value(row)));
        for (int a = 0; a < attributes.size(); a++) {
          Object attribute = attributes.get(a).value(row);
          boolean coded = MigrationDataflow.ATTRIBUTES.get(a).codelist().isPresent();
          record.add(coded ? SdmxIds.of((String) attribute) : text(attribute));
        }
        printer.printRecord(record);
      }
    }
    printer.flush();
  }

  private static List<StoredColumn> columns(
      ObservationSnapshot snapshot, List<Component> components) {
    return components.stream().map(c -> snapshot.column(c.column())).toList();
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
