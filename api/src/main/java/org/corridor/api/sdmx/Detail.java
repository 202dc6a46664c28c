package org.corridor.api.sdmx;

import java.util.List;
import org.corridor.api.problem.ApiErrors;

/**
 * The {@code detail} parameter of SDMX REST queries. Only {@code full} is served: a client asking
 * for stubs or data without attributes is told so rather than given more than it asked for.
 */
final class Detail {
  static final String FULL = "full";

  private Detail() {}

  static void requireFull(String detail) {
    if (!FULL.equals(detail)) {
      throw ApiErrors.notAllowed("detail", detail, List.of(FULL));
    }
  }
}
