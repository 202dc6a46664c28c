package org.corridor.api.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code corridor.cache.*}.
 *
 * @param maxAge how long a shared or browser cache may reuse an answer without revalidating it;
 *     after that its ETag revalidates it cheaply
 * @param answers how much heap the server's own cache of recent answers may take; 0 turns it off
 */
@ConfigurationProperties("corridor.cache")
record CacheProperties(
    @DefaultValue("60s") Duration maxAge, @DefaultValue("64MB") DataSize answers) {

  CacheProperties {
    if (maxAge == null || maxAge.isNegative()) {
      throw new IllegalArgumentException(
          "corridor.cache.max-age must be zero or positive, e.g. 60s; was " + maxAge);
    }
    if (answers == null || answers.isNegative()) {
      throw new IllegalArgumentException(
          "corridor.cache.answers must be zero or positive, e.g. 64MB; was " + answers);
    }
  }
}
