package org.corridor.api.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code corridor.admin.*}.
 *
 * @param token the bearer token admin requests must carry; absent or blank disables the admin
 *     endpoints
 */
@ConfigurationProperties("corridor.admin")
record AdminProperties(String token) {

  boolean enabled() {
    return token != null && !token.isBlank();
  }
}
