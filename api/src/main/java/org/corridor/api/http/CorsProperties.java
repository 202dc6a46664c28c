package org.corridor.api.http;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code corridor.cors.*}.
 *
 * @param allowedOrigins origins of dashboards that may read the API from a browser, e.g. {@code
 *     https://dashboard.example.org}; none by default, and then no CORS headers are sent
 */
@ConfigurationProperties("corridor.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {

  CorsProperties {
    allowedOrigins = List.copyOf(allowedOrigins);
  }
}
