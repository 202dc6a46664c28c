package org.corridor.api.problem;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception into an RFC 9457 problem: the API's own {@link
 * org.springframework.web.ErrorResponseException}s and Spring MVC's as they are, a few of Spring's
 * enriched with the offending parameter, anything else into a 500 whose detail reveals nothing.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String parameter = ex.getPropertyName() == null ? "unknown" : ex.getPropertyName();
    String expected = isInteger(ex.getRequiredType()) ? "an integer" : "a valid value";
    var problem = ApiErrors.malformedParameter(parameter, String.valueOf(ex.getValue()), expected);
    return handleExceptionInternal(ex, problem.getBody(), headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<String> supported = ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
    return handleExceptionInternal(
        ex, ApiErrors.notAcceptable(supported), headers, status, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
    log.error("Unexpected error answering {}", request.getDescription(false), ex);
    // A failure is not the query's answer: no cache may keep it, whatever Cache-Control the
    // conditional-GET check set before the controller ran.
    HttpHeaders headers = new HttpHeaders();
    headers.setCacheControl(CacheControl.noStore());
    return handleExceptionInternal(
        ex, ApiErrors.internalError(), headers, HttpStatus.INTERNAL_SERVER_ERROR, request);
  }

  private static boolean isInteger(Class<?> type) {
    return type == int.class || type == Integer.class || type == long.class || type == Long.class;
  }
}
