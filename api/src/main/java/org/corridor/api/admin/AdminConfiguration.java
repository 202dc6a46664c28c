package org.corridor.api.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards the admin endpoints with the configured bearer token. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration implements WebMvcConfigurer {
  private final AdminProperties properties;

  AdminConfiguration(AdminProperties properties) {
    this.properties = properties;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // First of all checks: an unauthenticated caller learns nothing, not even parameter names.
    registry
        .addInterceptor(new BearerTokenGuard(properties))
        .addPathPatterns(AdminController.PREFIX + "**")
        .order(-1);
  }
}
