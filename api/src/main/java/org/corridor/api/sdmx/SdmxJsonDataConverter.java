package org.corridor.api.sdmx;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a data answer as an SDMX-JSON 2.0 data message. */
@Component
class SdmxJsonDataConverter extends AbstractHttpMessageConverter<SdmxData> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SdmxCodelists codelists;

  SdmxJsonDataConverter(SdmxCodelists codelists) {
    super(SdmxMediaTypes.DATA_JSON, MediaType.APPLICATION_JSON);
    this.codelists = codelists;
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
    JSON.writeValue(output.getBody(), SdmxJsonData.message(data, codelists.all(data.snapshot())));
  }
}
