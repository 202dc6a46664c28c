package org.corridor.warehouse.area;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corridor.warehouse.reference.CodeListFile;
import org.corridor.warehouse.reference.Rcps;

/**
 * The countries, territories and aggregate areas Corridor reports on, read from the code lists
 * shipped with this module ({@code countries.csv}, {@code area_groups.csv}, {@code
 * wdi_aggregates.csv} and the RCP list). The lists are checked when loaded: a duplicate code, a
 * region no group defines or an RCP member that is not a country stops the load.
 */
public final class Areas {
  private static volatile Areas shipped;

  private final Map<String, Area> countries;
  private final Map<String, Area> countriesByM49;
  private final Map<String, AreaGroup> groups;
  private final Map<String, PublisherAggregate> wdiAggregates;
  private final List<Area> countryList;
  private final List<AreaGroup> groupList;
  private final List<PublisherAggregate> wdiAggregateList;

  private Areas(
      List<Area> countries, List<AreaGroup> groups, List<PublisherAggregate> wdiAggregates) {
    Map<String, Area> byIso3 = new TreeMap<>();
    Map<String, Area> byM49 = new TreeMap<>();
    for (Area country : countries) {
      byIso3.put(country.iso3(), country);
      country.m49().ifPresent(m49 -> byM49.put(m49, country));
    }
    Map<String, AreaGroup> byCode = new LinkedHashMap<>();
    groups.forEach(group -> byCode.put(group.code(), group));
    Map<String, PublisherAggregate> byWdiCode = new LinkedHashMap<>();
    wdiAggregates.forEach(aggregate -> byWdiCode.put(aggregate.publisherCode(), aggregate));
    this.countries = byIso3;
    this.countriesByM49 = byM49;
    this.groups = byCode;
    this.wdiAggregates = byWdiCode;
    this.countryList = List.copyOf(byIso3.values());
    this.groupList = List.copyOf(byCode.values());
    this.wdiAggregateList = List.copyOf(byWdiCode.values());
  }

  /** Loads the code lists shipped with Corridor, once per class loader. */
  public static Areas load() {
    Areas result = shipped;
    if (result == null) {
      synchronized (Areas.class) {
        result = shipped;
        if (result == null) {
          result =
              from(
                  CodeListFile.resource(Areas.class, CountryList.RESOURCE, CountryList.COLUMNS),
                  CodeListFile.resource(
                      Areas.class, GroupDefinition.RESOURCE, GroupDefinition.COLUMNS),
                  CodeListFile.resource(
                      Areas.class, WdiAggregateList.RESOURCE, WdiAggregateList.COLUMNS),
                  Rcps.load());
          shipped = result;
        }
      }
    }
    return result;
  }

  /** Parses code lists in the shipped layouts; used by tests of malformed lists. */
  static Areas parse(Reader countries, Reader groups, Reader wdiAggregates, Rcps rcps) {
    return from(
        CodeListFile.parse(CountryList.RESOURCE, countries, CountryList.COLUMNS),
        CodeListFile.parse(GroupDefinition.RESOURCE, groups, GroupDefinition.COLUMNS),
        CodeListFile.parse(WdiAggregateList.RESOURCE, wdiAggregates, WdiAggregateList.COLUMNS),
        rcps);
  }

  private static Areas from(
      CodeListFile countryFile, CodeListFile groupFile, CodeListFile wdiFile, Rcps rcps) {
    List<Area> countries = CountryList.read(countryFile);
    List<AreaGroup> groups =
        GroupMembership.groups(GroupDefinition.read(groupFile), countries, rcps);
    List<PublisherAggregate> wdiAggregates =
        WdiAggregateList.read(
            wdiFile,
            countries.stream().map(Area::iso3).collect(Collectors.toSet()),
            groups.stream().map(AreaGroup::code).collect(Collectors.toSet()));
    return new Areas(countries, groups, wdiAggregates);
  }

  /** All countries and territories, sorted by ISO3 code. */
  public List<Area> countries() {
    return countryList;
  }

  public Optional<Area> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /** The country with a UN M49 code, written with three digits ("012"). */
  public Optional<Area> countryByM49(String m49) {
    return Optional.ofNullable(countriesByM49.get(m49));
  }

  /** All aggregate areas: world, M49 and SDG regions, income groups, OACPS and RCPs. */
  public List<AreaGroup> groups() {
    return groupList;
  }

  public List<AreaGroup> groups(GroupKind kind) {
    return groupList.stream().filter(group -> group.kind() == kind).toList();
  }

  public Optional<AreaGroup> group(String code) {
    return Optional.ofNullable(groups.get(code));
  }

  public boolean isCountry(String code) {
    return countries.containsKey(code);
  }

  public boolean isGroup(String code) {
    return groups.containsKey(code);
  }

  /** The aggregate rows World Bank WDI files carry among their economies (WLD, SSF, INX, ...). */
  public List<PublisherAggregate> wdiAggregates() {
    return wdiAggregateList;
  }

  public Optional<PublisherAggregate> wdiAggregate(String wdiCode) {
    return Optional.ofNullable(wdiAggregates.get(wdiCode));
  }
}
