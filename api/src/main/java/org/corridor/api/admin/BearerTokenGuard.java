package org.corridor.api.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.corridor.api.problem.ApiErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets an admin request through only with {@code Authorization: Bearer <corridor.admin.token>};
 * without a configured token, admin endpoints answer 404 as if they did not exist.
 */
class BearerTokenGuard implements HandlerInterceptor {
  private static final String SCHEME = "Bearer ";

  private final byte[] tokenDigest;

  BearerTokenGuard(AdminProperties properties) {
    this.tokenDigest = properties.enabled() ? digest(properties.token()) : null;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (tokenDigest == null) {
      throw ApiErrors.adminDisabled();
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        // Digests have one length whatever the token's, so the comparison time reveals nothing.
        || !MessageDigest.isEqual(
            tokenDigest, digest(authorization.substring(SCHEME.length()).strip()))) {
      throw ApiErrors.unauthorized();
    }
    return true;
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
