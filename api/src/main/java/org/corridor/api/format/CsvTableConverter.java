package org.corridor.api.format;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.api.observation.ResponseFormat;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/** Writes any {@link CsvTable} answer as RFC 4180 CSV, as the observations endpoint does. */
@Component
class CsvTableConverter extends AbstractHttpMessageConverter<CsvTable> {

  CsvTableConverter() {
    super(StandardCharsets.UTF_8, ResponseFormat.TEXT_CSV);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return CsvTable.class.isAssignableFrom(type);
  }

  @Override
  public boolean canRead(Class<?> type, MediaType mediaType) {
    return false;
  }

  @Override
  protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("tables are not accepted as input", input);
  }

  @Override
  protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
    Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(table.csvHeader().toArray(String[]::new)).get();
    CSVPrinter printer = format.print(writer);
    for (List<String> record : table.csvRecords()) {
      printer.printRecord(record);
    }
    printer.flush();
  }
}
