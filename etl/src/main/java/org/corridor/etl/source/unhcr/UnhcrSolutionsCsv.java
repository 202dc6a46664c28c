package org.corridor.etl.source.unhcr;

import java.util.List;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;

/**
 * Reads UNHCR's Refugee Data Finder "Solutions" export (total flow figures): a preamble of 15 or so
 * lines (UNHCR repeats the "Data table contains the following:" line), then the header {@code
 * Year,"Country of origin","Country of origin (ISO)","Country of asylum","Country of asylum
 * (ISO)","Returned refugees","Returned IDPss","Resettlement arrivals",Naturalisation} and one line
 * per year, origin and asylum. An empty cell means UNHCR recorded no such flow. "Returned IDPss" is
 * UNHCR's own typo; the corrected spelling is accepted too, should UNHCR fix it.
 */
public final class UnhcrSolutionsCsv {
  static final List<String> HEADER =
      List.of(
          "Year",
          "Country of origin",
          "Country of origin (ISO)",
          "Country of asylum",
          "Country of asylum (ISO)",
          "Returned refugees",
          "Returned IDPss",
          "Resettlement arrivals",
          "Naturalisation");
  private static final List<String> CORRECTED_HEADER =
      HEADER.stream().map(name -> name.equals("Returned IDPss") ? "Returned IDPs" : name).toList();

  private UnhcrSolutionsCsv() {}

  /** Whether a file is a UNHCR solutions export, by its first lines. */
  public static boolean recognises(SourceFile file) {
    return UnhcrExport.recognises(file, "Returned refugees");
  }

  public static ParsedFile read(SourceFile file, Provenance provenance) {
    return UnhcrExport.read(file, provenance, List.of(HEADER, CORRECTED_HEADER));
  }
}
