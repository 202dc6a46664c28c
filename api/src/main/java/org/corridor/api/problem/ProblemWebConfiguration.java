package org.corridor.api.problem;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies the parameter check to the API's own endpoints, not to the OpenAPI documents. */
@Configuration(proxyBeanMethods = false)
class ProblemWebConfiguration implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new DeclaredParameters()).addPathPatterns("/api/**", "/sdmx/**");
  }
}
