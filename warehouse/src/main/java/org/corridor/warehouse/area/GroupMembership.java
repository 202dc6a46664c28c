package org.corridor.warehouse.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.corridor.warehouse.WarehouseErrors;
import org.corridor.warehouse.reference.Rcp;
import org.corridor.warehouse.reference.Rcps;

/**
 * Derives the members of every aggregate area from the country attributes, so that no membership is
 * written down twice, and checks that every code a country names is a defined group.
 */
final class GroupMembership {
  private static final String M49_PREFIX = "M49_";

  private GroupMembership() {}

  static List<AreaGroup> groups(
      List<GroupDefinition> definitions, List<Area> countries, Rcps rcps) {
    Map<String, GroupDefinition> byCode = new LinkedHashMap<>();
    definitions.forEach(definition -> byCode.put(definition.code(), definition));
    Set<String> countryCodes = countries.stream().map(Area::iso3).collect(Collectors.toSet());
    countries.forEach(country -> requireDefinedGroups(country, byCode));

    List<AreaGroup> groups = new ArrayList<>();
    for (GroupDefinition definition : definitions) {
      if (countryCodes.contains(definition.code())) {
        throw definition.row().invalid("group code " + definition.code() + " is a country code");
      }
      List<String> members =
          countries.stream().filter(rule(definition, byCode)).map(Area::iso3).sorted().toList();
      if (members.isEmpty()) {
        throw definition.row().invalid("group " + definition.code() + " has no members");
      }
      groups.add(
          new AreaGroup(
              definition.code(), definition.name(), definition.kind(), definition.m49(), members));
    }
    for (Rcp rcp : rcps.all()) {
      groups.add(rcpGroup(rcp, countryCodes, byCode));
    }
    return groups;
  }

  private static Predicate<Area> rule(
      GroupDefinition definition, Map<String, GroupDefinition> byCode) {
    Optional<String> code = Optional.of(definition.code());
    return switch (definition.kind()) {
      case WORLD -> country -> true;
      case M49_REGION -> country -> country.m49Region().equals(code);
      case M49_SUB_REGION -> country -> country.m49SubRegion().equals(code);
      case M49_INTERMEDIATE_REGION -> country -> country.m49IntermediateRegion().equals(code);
      case SDG_REGION ->
          definition.parent().isEmpty()
              ? country -> country.sdgRegion().equals(code)
              : sdgSubGroup(definition, byCode);
      case INCOME_GROUP -> country -> country.incomeGroup().equals(code);
      case OACPS -> Area::oacps;
      case RCP -> throw definition.row().invalid("RCP groups come from rcps.csv");
    };
  }

  // UNSD: an SDG sub-group such as 053 Australia and New Zealand is the part of its SDG region
  // that lies in the M49 sub-region of the same code.
  private static Predicate<Area> sdgSubGroup(
      GroupDefinition definition, Map<String, GroupDefinition> byCode) {
    Optional<String> parent = definition.parent();
    GroupDefinition parentDefinition = byCode.get(parent.orElseThrow());
    if (parentDefinition == null
        || parentDefinition.kind() != GroupKind.SDG_REGION
        || parentDefinition.parent().isPresent()) {
      throw definition.row().invalid("parent " + parent.get() + " is not a main SDG region");
    }
    Optional<String> subRegion =
        Optional.of(
            M49_PREFIX
                + definition
                    .m49()
                    .orElseThrow(
                        () -> definition.row().invalid("an SDG sub-group needs its M49 code")));
    return country ->
        country.sdgRegion().equals(parent) && country.m49SubRegion().equals(subRegion);
  }

  private static void requireDefinedGroups(Area country, Map<String, GroupDefinition> byCode) {
    requireGroup(country, "m49_region", country.m49Region(), GroupKind.M49_REGION, byCode);
    requireGroup(
        country, "m49_sub_region", country.m49SubRegion(), GroupKind.M49_SUB_REGION, byCode);
    requireGroup(
        country,
        "m49_intermediate_region",
        country.m49IntermediateRegion(),
        GroupKind.M49_INTERMEDIATE_REGION,
        byCode);
    requireGroup(country, "sdg_region", country.sdgRegion(), GroupKind.SDG_REGION, byCode);
    requireGroup(country, "income_group", country.incomeGroup(), GroupKind.INCOME_GROUP, byCode);
    Optional<String> parent = country.sdgRegion().flatMap(code -> byCode.get(code).parent());
    if (parent.isPresent()) {
      throw WarehouseErrors.invalidCodeList(
          CountryList.RESOURCE,
          country.iso3()
              + " names SDG sub-group "
              + country.sdgRegion().orElseThrow()
              + " as its sdg_region; name the main SDG region "
              + parent.get());
    }
  }

  private static void requireGroup(
      Area country,
      String column,
      Optional<String> code,
      GroupKind kind,
      Map<String, GroupDefinition> byCode) {
    if (code.isEmpty()) {
      return;
    }
    GroupDefinition group = byCode.get(code.get());
    if (group == null || group.kind() != kind) {
      throw WarehouseErrors.invalidCodeList(
          CountryList.RESOURCE,
          country.iso3()
              + " has "
              + column
              + " "
              + code.get()
              + ", which "
              + GroupDefinition.RESOURCE
              + " does not define as a group of kind "
              + kind);
    }
  }

  private static AreaGroup rcpGroup(
      Rcp rcp, Set<String> countryCodes, Map<String, GroupDefinition> byCode) {
    for (String member : rcp.members()) {
      if (!countryCodes.contains(member)) {
        throw WarehouseErrors.invalidCodeList(
            Rcps.RESOURCE,
            "RCP "
                + rcp.code()
                + " lists member "
                + member
                + ", which is not a country in "
                + CountryList.RESOURCE);
      }
    }
    if (byCode.containsKey(rcp.areaCode())) {
      throw WarehouseErrors.invalidCodeList(
          GroupDefinition.RESOURCE,
          "group " + rcp.areaCode() + " takes the area code of an RCP in " + Rcps.RESOURCE);
    }
    return new AreaGroup(
        rcp.areaCode(), rcp.name(), GroupKind.RCP, Optional.empty(), rcp.members());
  }
}
