package org.corridor.api.observation;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.api.format.TableFields;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes an observation page as RFC 4180 CSV: a header row of the JSON field names, then one row
 * per observation; a null is an empty field.
 */
@Component
class ObservationCsvConverter extends AbstractHttpMessageConverter<ObservationPage> {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(ObservationFields.names().toArray(String[]::new)).get();

  ObservationCsvConverter() {
    super(StandardCharsets.UTF_8, ResponseFormat.TEXT_CSV);
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
    Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    CSVPrinter printer = FORMAT.print(writer);
    List<String> names = ObservationFields.names();
    List<String> record = new ArrayList<>(names.size());
    for (Map<String, Object> observation : page.observations()) {
      record.clear();
      for (String name : names) {
        record.add(TableFields.csvText(observation.get(name)));
      }
      printer.printRecord(record);
    }
    printer.flush();
  }
}
