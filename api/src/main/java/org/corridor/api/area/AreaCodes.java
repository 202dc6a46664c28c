package org.corridor.api.area;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.api.http.QueryValues;
import org.corridor.api.problem.ApiErrors;
import org.corridor.warehouse.area.Areas;
import org.springframework.stereotype.Component;

/** Checks area codes given as query parameters against the warehouse's code lists. */
@Component
public class AreaCodes {
  private final Areas areas;

  AreaCodes(Areas areas) {
    this.areas = areas;
  }

  /**
   * The distinct codes named by an {@code area} parameter, each value repeated or comma-separated.
   *
   * @throws org.springframework.web.ErrorResponseException naming every unknown code
   */
  public Set<String> require(List<String> values) {
    Set<String> codes = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String code : QueryValues.parts(values)) {
      if (code.isEmpty()) {
        continue;
      }
      if (areas.isCountry(code) || areas.isGroup(code)) {
        codes.add(code);
      } else {
        unknown.add(code);
      }
    }
    if (!unknown.isEmpty()) {
      throw ApiErrors.unknownArea(unknown);
    }
    return codes;
  }

  /** The aggregates (groups) among known area codes, in the order given. */
  public List<String> groupsAmong(Set<String> codes) {
    return codes.stream().filter(areas::isGroup).toList();
  }
}
