package org.corridor.api.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.stream.Collectors;
import org.corridor.api.store.GoldStore;

/** The entity tag a request's answer gets from the table versions served now. */
final class AnswerTags {
  private final GoldStore store;

  AnswerTags(GoldStore store) {
    this.store = store;
  }

  String of(HttpServletRequest request) {
    String versions =
        GoldStore.tables().stream()
            .map(table -> Long.toString(store.current(table).version()))
            .collect(Collectors.joining("."));
    String accept = String.join(",", Collections.list(request.getHeaders("Accept")));
    return EntityTag.of(versions, request.getRequestURI(), request.getParameterMap(), accept);
  }
}
