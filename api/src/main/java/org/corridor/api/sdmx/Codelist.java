package org.corridor.api.sdmx;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An SDMX codelist of the CORRIDOR agency: its id, name and codes in order. */
record Codelist(String id, String name, List<Code> codes) {

  /** One code: an SDMX id and its English name. */
  record Code(String id, String name) {}

  Codelist {
    codes = List.copyOf(codes);
  }

  Optional<String> nameOf(String codeId) {
    return Optional.ofNullable(byId().get(codeId)).map(Code::name);
  }

  Map<String, Code> byId() {
    return codes.stream()
        .collect(Collectors.toMap(Code::id, Function.identity(), (first, second) -> first));
  }
}
