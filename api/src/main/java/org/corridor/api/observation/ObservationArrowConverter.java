package org.corridor.api.observation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.Schema;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes an observation page as an Arrow IPC stream of one record batch. The schema's metadata
 * names the indicator, the table version and vintage answered from, and the page, as the JSON
 * answer's top-level fields do.
 */
@Component
class ObservationArrowConverter extends AbstractHttpMessageConverter<ObservationPage> {

  ObservationArrowConverter() {
    super(ArrowStream.MEDIA_TYPE);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return ObservationPage.class.isAssignableFrom(type);
  }

  @Override
  public boolean canRead(Class<?> type, MediaType mediaType) {
    return false;
  }

  @Override
  protected ObservationPage readInternal(
      Class<? extends ObservationPage> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("observations are not accepted as input", input);
  }

  @Override
  protected void writeInternal(ObservationPage page, HttpOutputMessage output) throws IOException {
    Schema schema = new Schema(ArrowStream.FIELDS, metadata(page));
    List<Map<String, Object>> observations = page.observations();
    // The writer emits each buffer and its padding as separate small writes.
    BufferedOutputStream buffered = new BufferedOutputStream(output.getBody(), 1 << 16);
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
        ArrowStreamWriter writer =
            new ArrowStreamWriter(root, null, Channels.newChannel(buffered))) {
      root.allocateNew();
      for (FieldVector vector : root.getFieldVectors()) {
        String name = vector.getName();
        for (int row = 0; row < observations.size(); row++) {
          set(vector, row, observations.get(row).get(name));
        }
      }
      root.setRowCount(observations.size());
      writer.start();
      writer.writeBatch();
      writer.end();
    }
    buffered.flush();
  }

  private static Map<String, String> metadata(ObservationPage page) {
    Map<String, String> metadata = new TreeMap<>();
    metadata.put("indicator", page.indicator());
    metadata.put("tableVersion", Long.toString(page.tableVersion()));
    if (page.vintage() != null) {
      metadata.put("vintage", page.vintage());
    }
    metadata.put("page.number", Integer.toString(page.page().number()));
    metadata.put("page.size", Integer.toString(page.page().size()));
    metadata.put("page.totalElements", Long.toString(page.page().totalElements()));
    metadata.put("page.totalPages", Long.toString(page.page().totalPages()));
    return metadata;
  }

  private static void set(FieldVector vector, int row, Object value) {
    if (value == null) {
      vector.setNull(row);
    } else if (vector instanceof VarCharVector text) {
      text.setSafe(row, value.toString().getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof IntVector integer) {
      integer.setSafe(row, (Integer) value);
    } else {
      ((Float8Vector) vector).setSafe(row, (Double) value);
    }
  }
}
