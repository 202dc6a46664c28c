package org.corridor.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API under test, on the loopback address only. */
public final class ApiClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  public ApiClient(int port) {
    this.port = port;
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).build());
  }

  public HttpResponse<String> get(String pathAndQuery, String accept) {
    return send(request(pathAndQuery).header("Accept", accept).build());
  }

  /** Sends a request with any method and headers, e.g. a CORS preflight or an admin POST. */
  public HttpResponse<String> send(
      String method, String pathAndQuery, Map<String, String> headers) {
    HttpRequest.Builder builder =
        request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /** Sends a JSON body with any method and headers, e.g. an admin POST that creates something. */
  public HttpResponse<String> sendJson(
      String method, String pathAndQuery, Map<String, String> headers, String json) {
    HttpRequest.Builder builder =
        request(pathAndQuery)
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /** A GET whose body is binary, e.g. an Arrow stream. */
  public HttpResponse<byte[]> getBytes(String pathAndQuery, String accept) {
    HttpRequest request = request(pathAndQuery).header("Accept", accept).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + request.uri(), e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(30))
        .GET();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + request.uri(), e);
    }
  }
}
