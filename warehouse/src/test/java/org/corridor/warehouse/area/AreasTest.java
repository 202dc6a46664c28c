package org.corridor.warehouse.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AreasTest {
  private static final Set<String> MAIN_SDG_REGIONS =
      Set.of("SDG_202", "SDG_747", "SDG_062", "SDG_753", "SDG_419", "SDG_009", "SDG_513");

  // FACTS.md: 48 African, 16 Caribbean and 15 Pacific members.
  private static final Set<String> OACPS_MEMBERS =
      Set.of(
          "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM", "COG", "COD", "CIV",
          "DJI", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN", "GNB", "KEN", "LSO", "LBR",
          "MDG", "MWI", "MLI", "MRT", "MUS", "MOZ", "NAM", "NER", "NGA", "RWA", "STP", "SEN", "SYC",
          "SLE", "SOM", "ZAF", "SDN", "TZA", "TGO", "UGA", "ZMB", "ZWE", "ATG", "BHS", "BRB", "BLZ",
          "CUB", "DMA", "DOM", "GRD", "GUY", "HTI", "JAM", "KNA", "LCA", "VCT", "SUR", "TTO", "COK",
          "FJI", "KIR", "MHL", "FSM", "NRU", "NIU", "PLW", "PNG", "WSM", "SLB", "TLS", "TON", "TUV",
          "VUT");

  private final Areas areas = Areas.load();

  @Test
  void listsTheUnsdAreasPlusKosovoAndTheChannelIslandsSortedByIso3() {
    List<String> codes = areas.countries().stream().map(Area::iso3).toList();

    assertThat(codes).hasSize(251).isSorted().doesNotHaveDuplicates().contains("XKX", "CHI");
  }

  @Test
  void iso2AndM49CodesAreUnique() {
    List<Area> countries = areas.countries();

    assertThat(countries.stream().map(Area::iso2)).doesNotHaveDuplicates();
    assertThat(countries.stream().flatMap(a -> a.m49().stream()))
        .hasSize(250)
        .doesNotHaveDuplicates()
        .allMatch(m49 -> m49.matches("[0-9]{3}"));
  }

  @Test
  void algeriaCarriesItsCodesAndRegions() {
    Area algeria = areas.country("DZA").orElseThrow();

    assertThat(algeria)
        .isEqualTo(
            new Area(
                "DZA",
                "DZ",
                Optional.of("012"),
                "Algeria",
                Optional.of("M49_002"),
                Optional.of("M49_015"),
                Optional.empty(),
                Optional.of("SDG_747"),
                Optional.of("UMC"),
                false));
    assertThat(areas.countryByM49("012")).contains(algeria);
  }

  @Test
  void incomeGroupsFollowTheWorldBankRelease2025() {
    assertThat(areas.country("SLV").orElseThrow().incomeGroup()).contains("UMC");
    assertThat(areas.country("IND").orElseThrow().incomeGroup()).contains("LMC");
    assertThat(areas.country("AFG").orElseThrow().incomeGroup()).contains("LIC");
    assertThat(areas.country("CHE").orElseThrow().incomeGroup()).contains("HIC");
    assertThat(areas.country("ETH").orElseThrow().incomeGroup()).isEmpty();
    assertThat(areas.country("VEN").orElseThrow().incomeGroup()).isEmpty();
  }

  @Test
  void namibiaIsNotMistakenForAMissingValue() {
    Area namibia = areas.country("NAM").orElseThrow();

    assertThat(namibia.iso2()).isEqualTo("NA");
    assertThat(namibia.m49IntermediateRegion()).contains("M49_018");
  }

  @Test
  void everyCountryWithAnM49RegionIsInExactlyOneMainSdgRegion() {
    for (Area country : areas.countries()) {
      if (country.m49Region().isPresent()) {
        assertThat(country.sdgRegion()).as(country.iso3()).get().isIn(MAIN_SDG_REGIONS);
        long regionsWithCountry =
            MAIN_SDG_REGIONS.stream()
                .filter(code -> areas.group(code).orElseThrow().members().contains(country.iso3()))
                .count();
        assertThat(regionsWithCountry).as(country.iso3()).isEqualTo(1);
      }
    }
  }

  @Test
  void antarcticaIsTheOnlyAreaWithoutARegion() {
    assertThat(areas.countries().stream().filter(a -> a.m49Region().isEmpty()).map(Area::iso3))
        .containsExactly("ATA");
    assertThat(areas.country("ATA").orElseThrow().sdgRegion()).isEmpty();
  }

  @Test
  void oacpsHasTheSeventyNineMembersOfTheFactsList() {
    assertThat(areas.group("OACPS").orElseThrow().members())
        .hasSize(79)
        .containsExactlyInAnyOrderElementsOf(OACPS_MEMBERS);
    assertThat(areas.countries().stream().filter(Area::oacps).map(Area::iso3))
        .containsExactlyInAnyOrderElementsOf(OACPS_MEMBERS);
  }

  @Test
  void worldHasEveryCountry() {
    AreaGroup world = areas.group("WLD").orElseThrow();

    assertThat(world.kind()).isEqualTo(GroupKind.WORLD);
    assertThat(world.m49()).contains("001");
    assertThat(world.members()).hasSize(areas.countries().size()).hasSize(251);
  }

  @Test
  void groupsOfEachKindAreCountedByHand() {
    Map<GroupKind, Long> counts =
        areas.groups().stream()
            .collect(Collectors.groupingBy(AreaGroup::kind, Collectors.counting()));

    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                GroupKind.WORLD, 1L,
                GroupKind.M49_REGION, 5L,
                GroupKind.M49_SUB_REGION, 17L,
                GroupKind.M49_INTERMEDIATE_REGION, 7L,
                GroupKind.SDG_REGION, 8L,
                GroupKind.INCOME_GROUP, 4L,
                GroupKind.OACPS, 1L,
                GroupKind.RCP, 23L));
    assertThat(areas.groups(GroupKind.INCOME_GROUP).stream().map(AreaGroup::code))
        .containsExactly("HIC", "UMC", "LMC", "LIC");
  }

  @Test
  void groupMembersFollowTheCountryAttributes() {
    Map<String, Integer> sizes =
        areas.groups().stream()
            .collect(Collectors.toMap(AreaGroup::code, group -> group.members().size()));

    assertThat(sizes)
        .containsEntry("M49_002", 60)
        .containsEntry("M49_015", 7)
        .containsEntry("SDG_202", 53)
        .containsEntry("SDG_747", 25)
        .containsEntry("SDG_513", 58)
        .containsEntry("HIC", 86)
        .containsEntry("UMC", 54)
        .containsEntry("LMC", 50)
        .containsEntry("LIC", 25);
    assertThat(areas.group("M49_015").orElseThrow().members())
        .containsExactly("DZA", "EGY", "ESH", "LBY", "MAR", "SDN", "TUN");
  }

  @Test
  void australiaAndNewZealandIsTheOceaniaPartOfM49SubRegion053() {
    AreaGroup group = areas.group("SDG_053").orElseThrow();

    assertThat(group.kind()).isEqualTo(GroupKind.SDG_REGION);
    assertThat(group.members()).containsExactly("AUS", "CCK", "CXR", "HMD", "NFK", "NZL");
    assertThat(areas.group("SDG_009").orElseThrow().members()).containsAll(group.members());
  }

  @Test
  void kosovoAndTheChannelIslandsAreWorldBankEconomiesPlacedInEurope() {
    Area kosovo = areas.country("XKX").orElseThrow();
    Area channelIslands = areas.country("CHI").orElseThrow();

    assertThat(kosovo.m49()).isEmpty();
    assertThat(kosovo.m49SubRegion()).contains("M49_039");
    assertThat(kosovo.sdgRegion()).contains("SDG_513");
    assertThat(kosovo.incomeGroup()).contains("UMC");
    assertThat(channelIslands.m49()).contains("830");
    assertThat(channelIslands.m49SubRegion()).contains("M49_154");
    assertThat(channelIslands.incomeGroup()).contains("HIC");
  }

  @Test
  void taiwanKeepsM49Code158InEasternAsia() {
    Area taiwan = areas.countryByM49("158").orElseThrow();

    assertThat(taiwan.iso3()).isEqualTo("TWN");
    assertThat(taiwan.sdgRegion()).contains("SDG_753");
    assertThat(taiwan.incomeGroup()).isEmpty();
  }

  @Test
  void everyRcpIsAGroupOfKnownCountries() {
    List<AreaGroup> rcps = areas.groups(GroupKind.RCP);

    assertThat(rcps).allSatisfy(rcp -> assertThat(rcp.code()).startsWith("RCP_"));
    assertThat(rcps.stream().flatMap(rcp -> rcp.members().stream())).allMatch(areas::isCountry);
    assertThat(areas.group("RCP_COLOMBO").orElseThrow().members())
        .containsExactly(
            "AFG", "BGD", "CHN", "IDN", "IND", "KHM", "LKA", "NPL", "PAK", "PHL", "THA", "VNM");
    assertThat(areas.group("RCP_FIVE_PLUS_FIVE").orElseThrow().members()).hasSize(10);
  }

  @Test
  void codesAreEitherCountriesOrGroupsNeverBoth() {
    assertThat(areas.isCountry("DZA")).isTrue();
    assertThat(areas.isGroup("DZA")).isFalse();
    assertThat(areas.isGroup("SDG_747")).isTrue();
    assertThat(areas.isCountry("SDG_747")).isFalse();
    assertThat(areas.isCountry("XXX")).isFalse();
    assertThat(areas.isGroup("XXX")).isFalse();
    assertThat(areas.groups().stream().map(AreaGroup::code)).noneMatch(areas::isCountry);
  }

  @Test
  void unknownCodesFindNothing() {
    assertThat(areas.country("XXX")).isEmpty();
    assertThat(areas.countryByM49("12")).isEmpty();
    assertThat(areas.group("M49_999")).isEmpty();
    assertThat(areas.wdiAggregate("DZA")).isEmpty();
  }

  @Test
  void wdiAggregatesMapOnlyWhereTheMembershipIsTheSameByDefinition() {
    Map<String, PublisherAggregate> byCode =
        areas.wdiAggregates().stream()
            .collect(Collectors.toMap(PublisherAggregate::publisherCode, Function.identity()));

    assertThat(byCode).hasSize(49);
    assertThat(
            byCode.values().stream()
                .filter(aggregate -> aggregate.area().isPresent())
                .collect(
                    Collectors.toMap(
                        PublisherAggregate::publisherCode, aggregate -> aggregate.area().get())))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("WLD", "WLD", "HIC", "HIC", "UMC", "UMC", "LMC", "LMC", "LIC", "LIC"));
    assertThat(areas.wdiAggregate("SSF"))
        .contains(new PublisherAggregate("SSF", "Sub-Saharan Africa", Optional.empty()));
    assertThat(areas.wdiAggregate("INX"))
        .contains(new PublisherAggregate("INX", "Not classified", Optional.empty()));
  }

  @Test
  void loadReadsTheFilesOnce() {
    assertThat(Areas.load()).isSameAs(areas);
  }
}
