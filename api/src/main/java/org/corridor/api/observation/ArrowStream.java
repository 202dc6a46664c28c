package org.corridor.api.observation;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.warehouse.table.Column;
import org.springframework.http.MediaType;

/**
 * The Arrow IPC stream form of observations: one field per observation field, typed from the column
 * of {@code gold.indicator_observation} it reads, so the TableSpec stays the one schema.
 */
final class ArrowStream {
  static final String MEDIA_TYPE_VALUE = "application/vnd.apache.arrow.stream";
  static final MediaType MEDIA_TYPE = MediaType.parseMediaType(MEDIA_TYPE_VALUE);

  /** The Arrow fields in answer order, each named as in JSON. */
  static final List<Field> FIELDS = fields();

  private ArrowStream() {}

  private static List<Field> fields() {
    List<Field> fields = new ArrayList<>();
    for (ObservationFields.Field field : ObservationFields.ALL) {
      Column column =
          ObservationSnapshot.TABLE
              .column(field.column())
              .orElseThrow(
                  () ->
                      ApiErrors.missingColumn(
                          ObservationSnapshot.TABLE.qualifiedName(), field.column()));
      FieldType type = new FieldType(column.nullable(), arrowType(column), null);
      fields.add(new Field(field.name(), type, null));
    }
    return List.copyOf(fields);
  }

  private static ArrowType arrowType(Column column) {
    return switch (column.type()) {
      case STRING -> ArrowType.Utf8.INSTANCE;
      case INTEGER -> new ArrowType.Int(32, true);
      case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      default -> throw ApiErrors.unsupportedColumnType(column.name(), column.type());
    };
  }
}
