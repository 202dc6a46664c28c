package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A Regional Consultative Process on migration (RCP) or inter-regional forum, with its member
 * states as far as the cited source lists them.
 *
 * @param code Corridor code, e.g. COLOMBO or FIVE_PLUS_FIVE (the 5+5 Dialogue)
 * @param annexGroup thematic group (1 to 3) the RCP annex assigns, empty for RCPs it does not cover
 * @param members ISO3 codes of the member states and territories, sorted
 * @param source where the member list comes from and when it was retrieved
 * @param notes what is known to be partial or doubtful about the member list
 */
public record Rcp(
    String code,
    String name,
    Optional<Integer> annexGroup,
    List<String> members,
    String source,
    Optional<String> notes) {

  private static final String AREA_PREFIX = "RCP_";

  public Rcp {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(annexGroup, "annexGroup is null");
    members = List.copyOf(members);
    requireNonNull(source, "source is null");
    requireNonNull(notes, "notes is null");
  }

  /** The Corridor area code of the group of member states, e.g. RCP_COLOMBO. */
  public String areaCode() {
    return AREA_PREFIX + code;
  }
}
