package org.corridor.api.sdmx;

import java.util.List;
import java.util.stream.Stream;

/**
 * Corridor's one SDMX dataflow, {@code CORRIDOR:DF_MIGRATION(1.0)}, over {@code
 * gold.indicator_observation}, and its data structure {@code CORRIDOR:DSD_MIGRATION(1.0)}.
 *
 * <p>The key dimensions follow the table's natural key, with TIME_PERIOD last. Components take
 * SDMX's cross-domain concept names where one exists (REF_AREA, SEX, AGE, TIME_PERIOD, OBS_VALUE,
 * UNIT_MEASURE, OBS_STATUS, COMMENT); the table's numerator, denominator and area kind are not
 * published, since CL_AREA tells countries from aggregates and the value is the statistic.
 */
final class MigrationDataflow {
  static final String AGENCY = "CORRIDOR";
  static final String ID = "DF_MIGRATION";
  static final String VERSION = "1.0";
  static final String NAME = "Corridor migration, remittance and GCM indicators";
  static final String STRUCTURE_ID = "DSD_MIGRATION";
  static final String STRUCTURE_NAME = "Corridor indicator observations";
  static final String CONCEPT_SCHEME_ID = "CS_MIGRATION";
  static final String CONCEPT_SCHEME_NAME = "Corridor indicator concepts";

  /** The key's dimensions in key order; TIME_PERIOD, which queries do not key on, follows. */
  static final List<Component> KEY_DIMENSIONS =
      List.of(
          Component.coded("INDICATOR", "Indicator", "indicator", "CL_INDICATOR"),
          Component.coded("SERIES", "Series", "series", "CL_SERIES"),
          Component.coded("REF_AREA", "Reference area", "area", "CL_AREA"),
          Component.coded("SEX", "Sex", "sex", "CL_SEX"),
          Component.coded("AGE", "Age", "age", "CL_AGE"),
          Component.coded("ORIGIN", "Origin (sending) area", "origin", "CL_AREA"),
          Component.coded("DESTINATION", "Destination (receiving) area", "destination", "CL_AREA"),
          Component.coded(
              "PROVIDER_TYPE", "Service provider type", "provider_type", "CL_PROVIDER_TYPE"),
          Component.coded("POLICY_DOMAIN", "Policy domain", "policy_domain", "CL_POLICY_DOMAIN"));

  static final Component TIME_PERIOD = Component.uncoded("TIME_PERIOD", "Time period", "period");

  static final Component OBS_VALUE = Component.uncoded("OBS_VALUE", "Observation value", "value");

  static final List<Component> ATTRIBUTES =
      List.of(
          Component.coded("UNIT_MEASURE", "Unit of measure", "unit", "CL_UNIT_MEASURE"),
          Component.coded("OBS_STATUS", "Observation status", "obs_status", "CL_OBS_STATUS"),
          Component.coded("NATURE", "Nature of data", "nature", "CL_NATURE"),
          Component.uncoded("AGGREGATION_METHOD", "Aggregation method", "aggregation_method"),
          Component.uncoded(
              "COUNTRIES_WITH_DATA", "Member countries with data", "countries_with_data"),
          Component.uncoded(
              "COUNTRIES_IN_GROUP", "Member countries in the group", "countries_in_group"),
          Component.uncoded(
              "POPULATION_SHARE", "Share of the group's population covered", "population_share"),
          Component.uncoded("COMMENT", "Comment", "footnote"),
          Component.uncoded("SOURCE", "Source", "source"));

  private MigrationDataflow() {}

  /** Every dimension in key order, TIME_PERIOD last. */
  static List<Component> dimensions() {
    return Stream.concat(KEY_DIMENSIONS.stream(), Stream.of(TIME_PERIOD)).toList();
  }

  /** Every component, each naming the concept of the same id in CS_MIGRATION. */
  static List<Component> components() {
    return Stream.of(dimensions(), List.of(OBS_VALUE), ATTRIBUTES).flatMap(List::stream).toList();
  }

  /**
   * Where a structure query answers an artefact, e.g.
   * /sdmx/rest/dataflow/CORRIDOR/DF_MIGRATION/1.0.
   */
  static String path(String type, String id) {
    return "/sdmx/rest/" + type + "/" + AGENCY + "/" + id + "/" + VERSION;
  }

  /**
   * The dataflow as SDMX-CSV's STRUCTURE_ID and SDMX URNs write it, e.g.
   * CORRIDOR:DF_MIGRATION(1.0).
   */
  static String flowReference() {
    return reference(ID);
  }

  static String reference(String id) {
    return AGENCY + ":" + id + "(" + VERSION + ")";
  }

  static String dataflowUrn() {
    return "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + flowReference();
  }

  static String structureUrn() {
    return "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + reference(STRUCTURE_ID);
  }

  static String codelistUrn(String codelist) {
    return "urn:sdmx:org.sdmx.infomodel.codelist.Codelist=" + reference(codelist);
  }

  static String conceptUrn(String concept) {
    return "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept="
        + reference(CONCEPT_SCHEME_ID)
        + "."
        + concept;
  }
}
