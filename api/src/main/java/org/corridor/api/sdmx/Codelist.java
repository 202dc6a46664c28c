package org.corridor.api.sdmx;

import java.util.List;
import java.util.Optional;

/** An SDMX codelist of the CORRIDOR agency: its id, name and codes in order. */
record Codelist(String id, String name, List<Code> codes) {

  /** One code: an SDMX id and its English name. */
  record Code(String id, String name) {}

  Codelist {
    codes = List.copyOf(codes);
  }

  Optional<String> nameOf(String codeId) {
    return codes.stream().filter(code -> code.id().equals(codeId)).map(Code::name).findFirst();
  }
}
