package org.corridor.warehouse.area;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An aggregate area: a named group of countries with its own Corridor code (WLD, M49_002, SDG_202,
 * HIC, OACPS, RCP_COLOMBO, ...) and, where one exists, its UN M49 code.
 *
 * @param members ISO3 codes of the member countries, sorted
 */
public record AreaGroup(
    String code, String name, GroupKind kind, Optional<String> m49, List<String> members) {

  public AreaGroup {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(m49, "m49 is null");
    members = List.copyOf(members);
  }
}
