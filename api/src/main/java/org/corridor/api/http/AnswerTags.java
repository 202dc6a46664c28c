package org.corridor.api.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.stream.Collectors;
import org.corridor.api.store.GoldStore;

/**
 * The entity tag a request's answer gets from the table versions served when the request is first
 * tagged. It is worked out once per request and kept on it: the answer cache and the conditional
 * GET both need it, and each would otherwise hash the query again.
 */
final class AnswerTags {
  private static final String ATTRIBUTE = AnswerTags.class.getName();

  private final GoldStore store;

  AnswerTags(GoldStore store) {
    this.store = store;
  }

  String of(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof String tag) {
      return tag;
    }
    String tag = computed(request);
    request.setAttribute(ATTRIBUTE, tag);
    return tag;
  }

  private String computed(HttpServletRequest request) {
    String versions =
        GoldStore.tables().stream()
            .map(table -> Long.toString(store.current(table).version()))
            .collect(Collectors.joining("."));
    String accept = String.join(",", Collections.list(request.getHeaders("Accept")));
    return EntityTag.of(versions, request.getRequestURI(), request.getParameterMap(), accept);
  }
}
