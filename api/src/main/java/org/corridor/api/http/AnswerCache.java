package org.corridor.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Keeps recent 200 answers to GET requests, serialised, and sends them again to the same request
 * without running the endpoint. An answer is keyed by its entity tag, which already names the table
 * versions served, the normalised query and the representation, plus the request's Origin, which
 * the CORS headers depend on: a new table version changes every key, so no stale answer is ever
 * sent, and old ones simply age out. Only answers the endpoints produced are kept (tagged, 200, a
 * path pattern), within a bound on their total size; an answer larger than a 64th of it, or than 1
 * MB, streams out without being copied.
 */
final class AnswerCache extends OncePerRequestFilter {
  private static final long MAX_ANSWER_BYTES = 1 << 20;

  private final AnswerTags tags;
  private final int largestKept;
  private final Cache<String, CachedAnswer> answers;

  AnswerCache(AnswerTags tags, DataSize size, MeterRegistry registry) {
    this.tags = tags;
    this.largestKept = (int) Math.min(MAX_ANSWER_BYTES, size.toBytes() / 64);
    this.answers =
        Caffeine.newBuilder()
            .maximumWeight(size.toBytes())
            .weigher((String key, CachedAnswer answer) -> key.length() + answer.weight())
            .recordStats()
            .build();
    CaffeineCacheMetrics.monitor(registry, answers, "corridor.answers");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String tag = tags.of(request);
    String key = tag + '\n' + Objects.toString(request.getHeader(HttpHeaders.ORIGIN), "");
    CachedAnswer kept = answers.getIfPresent(key);
    if (kept != null) {
      ServerHttpObservationFilter.findObservationContext(request)
          .ifPresent(context -> context.setPathPattern(kept.pathPattern()));
      kept.sendTo(request, response);
      return;
    }
    CopyingResponse copying = new CopyingResponse(response, largestKept);
    chain.doFilter(request, copying);
    byte[] body = copying.body();
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    // Kept only if ConditionalGet tagged it, as it does every endpoint's answer. Should a reload
    // come in while the endpoint runs, the body may be one version newer than its tag; no later
    // request is tagged with the older versions, so no one is sent it as stale.
    if (body != null
        && copying.getStatus() == HttpServletResponse.SC_OK
        && tag.equals(copying.getHeader(HttpHeaders.ETAG))
        && pattern instanceof String pathPattern) {
      answers.put(key, CachedAnswer.of(copying, body, pathPattern));
    }
  }
}
