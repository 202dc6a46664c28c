package org.corridor.api.problem;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report for the requests it refuses itself, before the API sees them (an encoded
 * slash, backslash or NUL in a path, a malformed request line): an RFC 9457 problem instead of
 * Tomcat's HTML page, so that a client gets the same kind of error from every layer.
 */
final class ServerProblemReport extends ErrorReportValve {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean writable = new AtomicBoolean();
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
    if (!writable.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            known == null ? HttpStatus.BAD_REQUEST : known,
            "The server refused the request before reading it: its request line or path is not"
                + " one the API can read, e.g. an encoded slash, backslash or NUL in a path"
                + " segment.");
    problem.setType(URI.create("urn:corridor:problem:unreadable-request"));
    problem.setTitle("Unreadable request");
    try {
      response.setContentType("application/problem+json");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response was already committed: nothing more can be sent.
    }
  }
}
