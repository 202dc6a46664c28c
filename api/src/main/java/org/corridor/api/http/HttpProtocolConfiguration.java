package org.corridor.api.http;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.corridor.api.store.GoldStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Conditional requests, caching and CORS for the API's own endpoints, not the OpenAPI documents.
 */
@Configuration(proxyBeanMethods = false)
class HttpProtocolConfiguration implements WebMvcConfigurer {
  private static final String[] READ_METHODS = {"GET", "HEAD"};

  /** Request headers a dashboard may send beyond the CORS-safelisted ones. */
  private static final String[] REQUEST_HEADERS = {HttpHeaders.IF_NONE_MATCH};

  /**
   * Response headers a dashboard's script may read beyond the CORS-safelisted ones: the tag, and
   * the table version the data endpoints name.
   */
  private static final String[] RESPONSE_HEADERS = {
    HttpHeaders.ETAG, "X-Corridor-Table-Version", "X-Corridor-Vintage"
  };

  private final AnswerTags tags;
  private final CacheProperties cache;
  private final CorsProperties cors;

  HttpProtocolConfiguration(GoldStore store, CacheProperties cache, CorsProperties cors) {
    this.tags = new AnswerTags(store);
    this.cache = cache;
    this.cors = cors;
  }

  /** The cache of recent answers, on the API's own paths, unless its size is set to 0. */
  @Bean
  FilterRegistrationBean<AnswerCache> answerCache(MeterRegistry registry) {
    FilterRegistrationBean<AnswerCache> registration =
        new FilterRegistrationBean<>(new AnswerCache(tags, cache.answers(), registry));
    registration.addUrlPatterns("/api/*", "/sdmx/*");
    registration.setEnabled(cache.answers().toBytes() > 0);
    return registration;
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    if (cors.allowedOrigins().isEmpty()) {
      return;
    }
    String[] origins = cors.allowedOrigins().toArray(String[]::new);
    for (String pattern : new String[] {"/api/**", "/sdmx/**"}) {
      registry
          .addMapping(pattern)
          .allowedOrigins(origins)
          .allowedMethods(READ_METHODS)
          .allowedHeaders(REQUEST_HEADERS)
          .exposedHeaders(RESPONSE_HEADERS)
          .maxAge(Duration.ofHours(1).toSeconds());
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // After the check for undeclared parameters (order 0): a bad request is never a 304.
    registry
        .addInterceptor(new ConditionalGet(tags, CacheControl.maxAge(cache.maxAge()).cachePublic()))
        .addPathPatterns("/api/**", "/sdmx/**")
        .order(1);
  }
}
