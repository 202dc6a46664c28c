package org.corridor.api.observation;

import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.IntegerColumn;
import org.corridor.api.store.StoredColumn;
import org.corridor.api.store.TextColumn;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an observation's fields in order, nulls included, reading numbers as primitives and text
 * from the column's dictionary, so that no value is boxed or copied on the way to the client.
 */
final class ObservationRowSerializer extends StdSerializer<ObservationRow> {

  ObservationRowSerializer() {
    super(ObservationRow.class);
  }

  @Override
  public void serialize(
      ObservationRow observation, JsonGenerator json, SerializationContext context) {
    int row = observation.row();
    json.writeStartObject();
    for (int field = 0; field < ObservationFields.ALL.size(); field++) {
      json.writeName(ObservationFields.ALL.get(field).name());
      write(observation.column(field), row, json);
    }
    json.writeEndObject();
  }

  private static void write(StoredColumn column, int row, JsonGenerator json) {
    if (column instanceof DoubleColumn numbers) {
      if (numbers.isNull(row)) {
        json.writeNull();
      } else {
        json.writeNumber(numbers.doubleValue(row));
      }
    } else if (column instanceof IntegerColumn integers) {
      if (integers.isNull(row)) {
        json.writeNull();
      } else {
        json.writeNumber(integers.intValue(row));
      }
    } else if (column instanceof TextColumn text) {
      String value = text.value(row);
      if (value == null) {
        json.writeNull();
      } else {
        json.writeString(value);
      }
    } else {
      json.writePOJO(column.value(row));
    }
  }
}
