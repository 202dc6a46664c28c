package org.corridor.api.http;

import org.corridor.api.store.ObservationStore;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Conditional requests and caching for the API's own endpoints, not the OpenAPI documents. */
@Configuration(proxyBeanMethods = false)
class HttpProtocolConfiguration implements WebMvcConfigurer {
  private final ObservationStore store;
  private final CacheProperties cache;

  HttpProtocolConfiguration(ObservationStore store, CacheProperties cache) {
    this.store = store;
    this.cache = cache;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // After the check for undeclared parameters (order 0): a bad request is never a 304.
    registry
        .addInterceptor(
            new ConditionalGet(store, CacheControl.maxAge(cache.maxAge()).cachePublic()))
        .addPathPatterns("/api/**", "/sdmx/**")
        .order(1);
  }
}
