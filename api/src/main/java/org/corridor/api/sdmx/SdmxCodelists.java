package org.corridor.api.sdmx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.sdmx.Codelist.Code;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.springframework.stereotype.Component;

/**
 * The codelists of the data structure. CL_INDICATOR and CL_UNIT_MEASURE come from the indicator
 * catalogue, CL_AREA from the warehouse's countries and aggregates; CL_SEX, CL_OBS_STATUS and
 * CL_NATURE are fixed lists (SDMX's codes for sex and observation status, the nature codes the gold
 * table documents); CL_SERIES, CL_AGE, CL_PROVIDER_TYPE and CL_POLICY_DOMAIN list the values the
 * served snapshot holds. The codelist of every dimension that may be null holds _Z, "not
 * applicable", which stands for the null.
 */
@Component
class SdmxCodelists {
  private static final List<Code> SEXES =
      List.of(new Code("F", "Female"), new Code("M", "Male"), new Code("_T", "Total"));

  private static final List<Code> OBSERVATION_STATUSES =
      List.of(
          new Code("A", "Normal value"),
          new Code("B", "Time series break"),
          new Code("E", "Estimated value"),
          new Code("F", "Forecast value"),
          new Code("I", "Imputed value"),
          new Code("M", "Missing value"),
          new Code("P", "Provisional value"));

  private static final List<Code> NATURES =
      List.of(
          new Code("C", "Country data"),
          new Code("CA", "Country adjusted data"),
          new Code("E", "Estimated data"),
          new Code("G", "Global monitoring data"));

  private final IndicatorCatalogue catalogue;
  private final Areas areas;

  SdmxCodelists(IndicatorCatalogue catalogue, Areas areas) {
    this.catalogue = catalogue;
    this.areas = areas;
  }

  /** Every codelist, by id in the order the data structure first uses them. */
  Map<String, Codelist> all(ObservationSnapshot snapshot) {
    Map<String, Codelist> codelists = new LinkedHashMap<>();
    add(codelists, "CL_INDICATOR", "Indicator", indicators());
    add(codelists, "CL_SERIES", "Series", distinct(snapshot.text("series")));
    add(codelists, "CL_AREA", "Reference area", withNotApplicable(areaCodes()));
    add(codelists, "CL_SEX", "Sex", withNotApplicable(SEXES));
    add(codelists, "CL_AGE", "Age", fromSnapshot(snapshot, "age"));
    add(
        codelists,
        "CL_PROVIDER_TYPE",
        "Service provider type",
        fromSnapshot(snapshot, "provider_type"));
    add(codelists, "CL_POLICY_DOMAIN", "Policy domain", fromSnapshot(snapshot, "policy_domain"));
    add(codelists, "CL_UNIT_MEASURE", "Unit of measure", units(snapshot));
    add(codelists, "CL_OBS_STATUS", "Observation status", OBSERVATION_STATUSES);
    add(codelists, "CL_NATURE", "Nature of data", NATURES);
    return codelists;
  }

  private static void add(
      Map<String, Codelist> codelists, String id, String name, List<Code> codes) {
    codelists.put(id, new Codelist(id, name, codes));
  }

  private List<Code> indicators() {
    List<Code> codes = new ArrayList<>();
    for (Indicator indicator : catalogue.all()) {
      codes.add(new Code(SdmxIds.of(indicator.code()), indicator.code() + " " + indicator.name()));
    }
    return codes;
  }

  private List<Code> areaCodes() {
    List<Code> codes = new ArrayList<>();
    for (Area country : areas.countries()) {
      codes.add(new Code(country.iso3(), country.name()));
    }
    for (AreaGroup group : areas.groups()) {
      codes.add(new Code(group.code(), group.name()));
    }
    return codes;
  }

  /** The catalogue's units with their labels, then any unit only the snapshot holds. */
  private List<Code> units(ObservationSnapshot snapshot) {
    Map<String, Code> codes = new LinkedHashMap<>();
    for (Indicator indicator : catalogue.all()) {
      codes.putIfAbsent(
          SdmxIds.of(indicator.unit()),
          new Code(SdmxIds.of(indicator.unit()), indicator.unitLabel()));
    }
    for (Code code : distinct(snapshot.text("unit"))) {
      codes.putIfAbsent(code.id(), code);
    }
    return List.copyOf(codes.values());
  }

  private static List<Code> fromSnapshot(ObservationSnapshot snapshot, String column) {
    return withNotApplicable(distinct(snapshot.text(column)));
  }

  private static List<Code> distinct(TextColumn column) {
    Map<String, Code> codes = new LinkedHashMap<>();
    for (int code = 0; code < column.cardinality(); code++) {
      String value = column.valueOf(code);
      codes.putIfAbsent(SdmxIds.of(value), new Code(SdmxIds.of(value), value));
    }
    return List.copyOf(codes.values());
  }

  private static List<Code> withNotApplicable(List<Code> codes) {
    List<Code> all = new ArrayList<>(codes);
    all.add(new Code(SdmxIds.NOT_APPLICABLE, SdmxIds.NOT_APPLICABLE_NAME));
    return all;
  }
}
