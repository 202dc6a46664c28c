package org.corridor.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;

/**
 * A 200 answer kept to be sent again: its headers, its body, and the endpoint's path pattern, which
 * the request metrics are tagged with.
 */
record CachedAnswer(
    String etag, String contentType, List<Header> headers, byte[] body, String pathPattern) {

  /** Headers the server sets per response, not per answer. */
  private static final Set<String> PER_RESPONSE = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    PER_RESPONSE.addAll(
        List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.DATE,
            HttpHeaders.TRANSFER_ENCODING,
            HttpHeaders.CONNECTION,
            "Keep-Alive"));
  }

  record Header(String name, String value) {}

  static CachedAnswer of(HttpServletResponse response, byte[] body, String pathPattern) {
    List<Header> headers = new ArrayList<>();
    for (String name : response.getHeaderNames()) {
      if (!PER_RESPONSE.contains(name)) {
        response.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
      }
    }
    return new CachedAnswer(
        response.getHeader(HttpHeaders.ETAG),
        response.getContentType(),
        List.copyOf(headers),
        body,
        pathPattern);
  }

  /** Heap bytes, roughly: what the cache's size bound weighs. */
  int weight() {
    int weight = body.length + 256;
    for (Header header : headers) {
      weight += 48 + header.name().length() + header.value().length();
    }
    return weight;
  }

  /** Sends the answer, or 304 Not Modified when the request already holds it. */
  void sendTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
    headers.forEach(header -> response.addHeader(header.name(), header.value()));
    if (IfNoneMatch.matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(contentType);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
