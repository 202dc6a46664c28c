package org.corridor.api.sdmx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/** Writes a data answer as SDMX-CSV 2.0. */
@Component
class SdmxCsvDataConverter extends AbstractHttpMessageConverter<SdmxData> {

  SdmxCsvDataConverter() {
    super(StandardCharsets.UTF_8, SdmxMediaTypes.DATA_CSV);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return SdmxData.class.isAssignableFrom(type);
  }

  @Override
  public boolean canRead(Class<?> type, MediaType mediaType) {
    return false;
  }

  @Override
  protected SdmxData readInternal(Class<? extends SdmxData> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("SDMX data is not accepted as input", input);
  }

  @Override
  protected void writeInternal(SdmxData data, HttpOutputMessage output) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8));
    SdmxCsvData.write(data, writer);
    writer.flush();
  }
}
