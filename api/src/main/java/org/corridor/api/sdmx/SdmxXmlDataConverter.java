package org.corridor.api.sdmx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.stereotype.Component;

/** Writes a data answer as an SDMX-ML 2.1 generic data message. */
@Component
class SdmxXmlDataConverter extends AbstractHttpMessageConverter<SdmxData> {
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  SdmxXmlDataConverter() {
    super(StandardCharsets.UTF_8, SdmxMediaTypes.GENERIC_DATA);
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
    try {
      XMLStreamWriter writer = XML.createXMLStreamWriter(output.getBody(), "UTF-8");
      SdmxXmlData.write(data, writer);
      writer.close();
    } catch (XMLStreamException e) {
      throw new HttpMessageNotWritableException("cannot write SDMX-ML", e);
    }
  }
}
