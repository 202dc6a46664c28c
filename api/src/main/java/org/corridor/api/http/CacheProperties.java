package org.corridor.api.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code corridor.cache.*}.
 *
 * @param maxAge how long a shared or browser cache may reuse an answer without revalidating it;
 *     after that its ETag revalidates it cheaply
 */
@ConfigurationProperties("corridor.cache")
record CacheProperties(@DefaultValue("60s") Duration maxAge) {

  CacheProperties {
    if (maxAge == null || maxAge.isNegative()) {
      throw new IllegalArgumentException(
          "corridor.cache.max-age must be zero or positive, e.g. 60s; was " + maxAge);
    }
  }
}
