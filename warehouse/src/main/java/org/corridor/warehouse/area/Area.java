package org.corridor.warehouse.area;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A country or territory: ISO 3166-1 codes, UN M49 code and geoscheme, SDG region, World Bank
 * income group and OACPS membership. Codes of the groups it belongs to are Corridor area codes (see
 * {@link AreaGroup}).
 *
 * @param iso3 ISO 3166-1 alpha-3 code (World Bank's XKX for Kosovo and CHI for the Channel Islands,
 *     which ISO does not assign)
 * @param iso2 ISO 3166-1 alpha-2 code (World Bank's XK and JG for the same two)
 * @param m49 UN M49 code, zero-padded to three digits; empty where M49 assigns none
 * @param name English short name
 * @param m49Region Corridor code of the M49 region, e.g. M49_002 (Africa)
 * @param m49SubRegion Corridor code of the M49 sub-region, e.g. M49_015 (Northern Africa)
 * @param m49IntermediateRegion Corridor code of the M49 intermediate region, e.g. M49_014 (Eastern
 *     Africa), where the country has one
 * @param sdgRegion Corridor code of the SDG regional grouping, e.g. SDG_202 (Sub-Saharan Africa)
 * @param incomeGroup World Bank income group code (HIC, UMC, LMC, LIC), empty where unclassified
 * @param oacps member of the Organisation of African, Caribbean and Pacific States
 */
public record Area(
    String iso3,
    String iso2,
    Optional<String> m49,
    String name,
    Optional<String> m49Region,
    Optional<String> m49SubRegion,
    Optional<String> m49IntermediateRegion,
    Optional<String> sdgRegion,
    Optional<String> incomeGroup,
    boolean oacps) {

  public Area {
    requireNonNull(iso3, "iso3 is null");
    requireNonNull(iso2, "iso2 is null");
    requireNonNull(m49, "m49 is null");
    requireNonNull(name, "name is null");
    requireNonNull(m49Region, "m49Region is null");
    requireNonNull(m49SubRegion, "m49SubRegion is null");
    requireNonNull(m49IntermediateRegion, "m49IntermediateRegion is null");
    requireNonNull(sdgRegion, "sdgRegion is null");
    requireNonNull(incomeGroup, "incomeGroup is null");
  }
}
