package org.corridor.api.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body goes to the client as it is written, and is also copied as long as it fits
 * in a limit: a large answer streams out untouched and is simply not copied.
 */
final class CopyingResponse extends HttpServletResponseWrapper {
  private final int limit;
  private ByteArrayOutputStream copy = new ByteArrayOutputStream();
  private ServletOutputStream output;
  private PrintWriter writer;

  CopyingResponse(HttpServletResponse response, int limit) {
    super(response);
    this.limit = limit;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (output == null) {
      output = new CopyingStream(super.getOutputStream());
    }
    return output;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer =
          new PrintWriter(
              new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    super.flushBuffer();
  }

  /** The whole body written so far, or null if it outgrew the limit. */
  byte[] body() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    return copy == null ? null : copy.toByteArray();
  }

  private void copied(byte[] bytes, int offset, int length) {
    if (copy == null) {
      return;
    }
    if (copy.size() + length > limit) {
      copy = null;
    } else {
      copy.write(bytes, offset, length);
    }
  }

  private final class CopyingStream extends ServletOutputStream {
    private final ServletOutputStream client;

    CopyingStream(ServletOutputStream client) {
      this.client = client;
    }

    @Override
    public void write(int b) throws IOException {
      client.write(b);
      copied(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      client.write(bytes, offset, length);
      copied(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      client.flush();
    }

    @Override
    public boolean isReady() {
      return client.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      client.setWriteListener(listener);
    }
  }
}
