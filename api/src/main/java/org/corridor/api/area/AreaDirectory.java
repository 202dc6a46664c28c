package org.corridor.api.area;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.problem.ApiErrors;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.area.GroupKind;
import org.springframework.stereotype.Component;

/**
 * The countries and aggregates of the warehouse's code lists as the area endpoints answer them,
 * with each country's memberships indexed once: the code lists hold members per group, the API is
 * asked for groups per country.
 */
@Component
class AreaDirectory {
  static final List<String> KINDS = Arrays.stream(AreaKind.values()).map(Enum::name).toList();
  static final List<String> GROUP_KINDS =
      Arrays.stream(GroupKind.values()).map(Enum::name).toList();

  private final Areas areas;
  private final Map<String, List<AreaGroup>> groupsByCountry;

  AreaDirectory(Areas areas) {
    this.areas = areas;
    Map<String, List<AreaGroup>> byCountry = new HashMap<>();
    for (AreaGroup group : areas.groups()) {
      for (String member : group.members()) {
        byCountry.computeIfAbsent(member, code -> new ArrayList<>()).add(group);
      }
    }
    byCountry.replaceAll((code, groups) -> List.copyOf(groups));
    this.groupsByCountry = Map.copyOf(byCountry);
  }

  /**
   * Countries, then aggregates, narrowed by kind and by kind of aggregate; a null filter keeps
   * every area.
   */
  AreaList list(String kind, String groupKind) {
    AreaKind areaKind = kind == null ? null : parse(AreaKind.class, "kind", kind, KINDS);
    GroupKind aggregateKind =
        groupKind == null ? null : parse(GroupKind.class, "groupKind", groupKind, GROUP_KINDS);
    if (areaKind == AreaKind.COUNTRY && aggregateKind != null) {
      throw ApiErrors.groupKindOfCountries(groupKind);
    }
    List<AreaEntry> entries = new ArrayList<>();
    if (areaKind != AreaKind.AGGREGATE && aggregateKind == null) {
      areas.countries().forEach(country -> entries.add(country(country)));
    }
    if (areaKind != AreaKind.COUNTRY) {
      List<AreaGroup> groups = aggregateKind == null ? areas.groups() : areas.groups(aggregateKind);
      groups.forEach(group -> entries.add(AreaEntry.aggregate(group)));
    }
    return AreaList.of(entries);
  }

  AreaDetail area(String code) {
    if (areas.isGroup(code)) {
      return new AreaDetail(AreaEntry.aggregate(areas.group(code).orElseThrow()), List.of());
    }
    Area country = areas.country(code).orElseThrow(() -> ApiErrors.areaNotFound(code));
    return new AreaDetail(
        country(country), memberships(code).stream().map(Membership::of).toList());
  }

  GroupMembers members(String code) {
    if (areas.isCountry(code)) {
      throw ApiErrors.countryIsNotAGroup(code);
    }
    AreaGroup group = areas.group(code).orElseThrow(() -> ApiErrors.unknownGroup(code));
    List<AreaEntry> members =
        group.members().stream().map(iso3 -> country(areas.country(iso3).orElseThrow())).toList();
    return new GroupMembers(AreaEntry.aggregate(group), members.size(), members);
  }

  private AreaEntry country(Area country) {
    return AreaEntry.country(
        country, memberships(country.iso3()).stream().map(AreaGroup::code).toList());
  }

  private List<AreaGroup> memberships(String iso3) {
    return groupsByCountry.getOrDefault(iso3, List.of());
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String parameter, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw ApiErrors.unsupportedValue(parameter, value, allowed);
    }
    return Enum.valueOf(type, value);
  }
}
