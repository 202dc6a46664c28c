package org.corridor.etl.pipeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.activities.ActivityLayout;
import org.corridor.etl.source.custom.CustomIndicatorFile;
import org.corridor.etl.source.ilostat.IlostatCsv;
import org.corridor.etl.source.knomad.BilateralMatrix;
import org.corridor.etl.source.knomad.KnomadMeasure;
import org.corridor.etl.source.layout.CorridorLayout;
import org.corridor.etl.source.mmp.MissingMigrantsCsv;
import org.corridor.etl.source.rpw.RpwCorridorCsv;
import org.corridor.etl.source.rpw.RpwServiceCsv;
import org.corridor.etl.source.rpw.RpwServiceWorkbook;
import org.corridor.etl.source.unhcr.UnhcrPopulationCsv;
import org.corridor.etl.source.unhcr.UnhcrSolutionsCsv;
import org.corridor.etl.source.wdi.WdiBulkCsv;
import org.corridor.etl.source.wdi.WdiCountryMetadataCsv;

/** The input formats Corridor reads, and how a file in a folder is recognised as one of them. */
public enum SourceKind {
  WDI("wdi"),
  WDI_COUNTRY_METADATA("wdi-country-metadata"),
  WDI_INDICATOR_METADATA("wdi-indicator-metadata"),
  UNHCR_POPULATION("unhcr-population"),
  ILOSTAT("ilostat"),
  MISSING_MIGRANTS("iom-missing-migrants"),
  KNOMAD_REMITTANCE("knomad-remittance"),
  KNOMAD_MIGRANT_STOCK("knomad-migrant-stock"),
  RCP_ACTIVITY("rcp-activities"),
  GFMD_ACTIVITY("gfmd-activities"),
  UNHCR_SOLUTIONS("unhcr-solutions"),
  RECRUITMENT_COSTS("recruitment-costs"),
  ASSISTED_RETURNS("assisted-returns"),
  MIGRATION_POLICIES("migration-policies"),
  RPW_SERVICE("rpw-service"),
  RPW_CORRIDOR("rpw-corridor"),
  PROGRAMME_RESULTS("programme-results"),
  CUSTOM_INDICATORS("custom-indicators");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  /** The name users give on the command line, e.g. {@code wdi}. */
  public String label() {
    return label;
  }

  public static Optional<SourceKind> byLabel(String label) {
    return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
  }

  public static Optional<SourceKind> detect(SourceFile file) {
    if (WdiBulkCsv.recognises(file)) {
      return Optional.of(WDI);
    }
    if (WdiCountryMetadataCsv.recognises(file)) {
      return Optional.of(WDI_COUNTRY_METADATA);
    }
    if (UnhcrPopulationCsv.recognises(file)) {
      return Optional.of(UNHCR_POPULATION);
    }
    if (IlostatCsv.recognises(file)) {
      return Optional.of(ILOSTAT);
    }
    if (MissingMigrantsCsv.recognises(file)) {
      return Optional.of(MISSING_MIGRANTS);
    }
    Optional<KnomadMeasure> matrix = BilateralMatrix.recognises(file);
    if (matrix.isPresent()) {
      return Optional.of(
          matrix.get() == KnomadMeasure.REMITTANCES ? KNOMAD_REMITTANCE : KNOMAD_MIGRANT_STOCK);
    }
    if (ActivityLayout.RCP.recognises(file)) {
      return Optional.of(RCP_ACTIVITY);
    }
    if (ActivityLayout.GFMD.recognises(file)) {
      return Optional.of(GFMD_ACTIVITY);
    }
    if (UnhcrSolutionsCsv.recognises(file)) {
      return Optional.of(UNHCR_SOLUTIONS);
    }
    if (CorridorLayout.RECRUITMENT_COSTS.recognises(file)) {
      return Optional.of(RECRUITMENT_COSTS);
    }
    if (CorridorLayout.ASSISTED_RETURNS.recognises(file)) {
      return Optional.of(ASSISTED_RETURNS);
    }
    if (CorridorLayout.MIGRATION_POLICIES.recognises(file)) {
      return Optional.of(MIGRATION_POLICIES);
    }
    if (RpwServiceWorkbook.recognises(file) || RpwServiceCsv.recognises(file)) {
      return Optional.of(RPW_SERVICE);
    }
    if (CorridorLayout.PROGRAMME_RESULTS.recognises(file)) {
      return Optional.of(PROGRAMME_RESULTS);
    }
    if (CustomIndicatorFile.recognises(file)) {
      return Optional.of(CUSTOM_INDICATORS);
    }
    if (RpwCorridorCsv.recognises(file)) {
      return Optional.of(RPW_CORRIDOR);
    }
    if (file.name().toLowerCase(Locale.ROOT).startsWith("metadata_indicator_")) {
      return Optional.of(WDI_INDICATOR_METADATA);
    }
    return Optional.empty();
  }
}
