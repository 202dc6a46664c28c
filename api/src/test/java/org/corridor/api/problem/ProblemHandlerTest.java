package org.corridor.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class ProblemHandlerTest {

  @Test
  void unexpectedErrorIsAGenericInternalErrorThatRevealsNothing() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/indicators");

    ResponseEntity<Object> response =
        new ProblemHandler()
            .handleUnexpected(
                new IllegalStateException("secret path /srv/warehouse"),
                new ServletWebRequest(request));

    assertThat(response.getStatusCode().value()).isEqualTo(500);
    ProblemDetail problem = (ProblemDetail) response.getBody();
    assertThat(problem.getType().toString()).isEqualTo("urn:corridor:problem:internal-error");
    assertThat(problem.getTitle()).isEqualTo("Internal error");
    assertThat(problem.getDetail()).doesNotContain("secret").doesNotContain("IllegalState");
    assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
  }
}
