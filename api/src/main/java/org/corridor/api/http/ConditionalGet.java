package org.corridor.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tags every GET answer with an {@link EntityTag} and how long a cache may keep it, and answers 304
 * Not Modified before the controller runs when the client already holds that answer.
 *
 * <p>The tag names the version served when the request arrives. Should the poller swap in a newer
 * version while the controller runs, the body is one version newer than its tag; the next request
 * then carries a stale tag and gets the full answer again, so no client keeps stale data.
 */
class ConditionalGet implements HandlerInterceptor {
  private final AnswerTags tags;
  private final String cacheControl;

  ConditionalGet(AnswerTags tags, CacheControl cacheControl) {
    this.tags = tags;
    this.cacheControl = cacheControl.getHeaderValue();
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!read || !(handler instanceof HandlerMethod)) {
      return true;
    }
    String tag = tags.of(request);
    response.setHeader(HttpHeaders.ETAG, tag);
    response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
    // Added, not set: the CORS check before this may already vary by Origin.
    response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    if (IfNoneMatch.matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH), tag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return false;
    }
    return true;
  }
}
