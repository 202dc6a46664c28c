package org.corridor.api.area;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.GroupKind;

/** A country or an aggregate as the area list answers it. */
@Schema(name = "Area", description = "A country or territory, or an aggregate of countries")
record AreaEntry(
    @Schema(description = "ISO3 code of a country, Corridor code of an aggregate", example = "SLV")
        String code,
    @Schema(description = "English short name", example = "El Salvador") String name,
    @Schema(description = "COUNTRY or AGGREGATE", example = "COUNTRY") AreaKind kind,
    @Schema(description = "Kind of aggregate; null for a country") GroupKind groupKind,
    @Schema(description = "ISO 3166-1 alpha-2 code; null for an aggregate", example = "SV")
        String iso2,
    @Schema(description = "UN M49 code, three digits; null where M49 assigns none", example = "222")
        String m49,
    @Schema(description = "Number of member countries; null for a country") Integer memberCount,
    @Schema(
            description = "Codes of the aggregates a country belongs to; empty for an aggregate",
            example =
                "[\"WLD\", \"M49_019\", \"M49_419\", \"M49_013\", \"SDG_419\", \"UMC\", \"RCP_RCM\"]")
        List<String> groups) {

  /** Separates the group codes within the one CSV field. */
  private static final String CSV_LIST_SEPARATOR = ";";

  static final List<String> CSV_HEADER =
      List.of("code", "name", "kind", "groupKind", "iso2", "m49", "memberCount", "groups");

  static AreaEntry country(Area country, List<String> groups) {
    return new AreaEntry(
        country.iso3(),
        country.name(),
        AreaKind.COUNTRY,
        null,
        country.iso2(),
        country.m49().orElse(null),
        null,
        groups);
  }

  static AreaEntry aggregate(AreaGroup group) {
    return new AreaEntry(
        group.code(),
        group.name(),
        AreaKind.AGGREGATE,
        group.kind(),
        null,
        group.m49().orElse(null),
        group.members().size(),
        List.of());
  }

  List<String> csvRecord() {
    return Arrays.asList(
        code,
        name,
        kind.name(),
        Objects.toString(groupKind, null),
        iso2,
        m49,
        Objects.toString(memberCount, null),
        String.join(CSV_LIST_SEPARATOR, groups));
  }
}
