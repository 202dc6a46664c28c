package org.corridor.api.http;

import org.corridor.api.problem.ApiErrors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code corridor.limits.*}: how large one answer may grow. Paged endpoints are
 * bounded by their page size; an answer that is not paged (SDMX data) is refused with 413 once it
 * would hold more observations than this, before any of it is written, so that one query cannot
 * hold the server's memory and a client is told to narrow it rather than wait for a truncation.
 *
 * @param maxObservations the most observations one unpaged answer holds
 */
@ConfigurationProperties("corridor.limits")
public record ResponseLimits(@DefaultValue("1000000") int maxObservations) {

  public ResponseLimits {
    if (maxObservations < 1) {
      throw new IllegalArgumentException(
          "corridor.limits.max-observations must be positive; was " + maxObservations);
    }
  }

  /**
   * @param parameter the parameter that narrows the selection, named in the problem
   * @throws org.springframework.web.ErrorResponseException 413 when {@code observations} is over
   *     the limit
   */
  public void requireAtMost(long observations, String parameter) {
    if (observations > maxObservations) {
      throw ApiErrors.answerTooLarge(parameter, observations, maxObservations);
    }
  }
}
