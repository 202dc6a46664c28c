package org.corridor.etl.source.unhcr;

import java.util.List;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;

/**
 * Reads UNHCR's Refugee Data Finder population export: a preamble of 14 or so lines whose length
 * varies with the query ({@code Extracted:}, {@code "Last updated:"}, the filters), then the header
 * {@code Year,"Country of origin","Country of origin (ISO)","Country of asylum",...} and one line
 * per year, origin and asylum. Values are kept as written; {@code -} marks a figure that does not
 * apply (other people in need of international protection before 2022).
 */
public final class UnhcrPopulationCsv {
  static final List<String> HEADER =
      List.of(
          "Year",
          "Country of origin",
          "Country of origin (ISO)",
          "Country of asylum",
          "Country of asylum (ISO)",
          "Refugees under UNHCR's mandate",
          "Asylum-seekers",
          "IDPs of concern to UNHCR",
          "Other people in need of international protection",
          "Stateless persons",
          "Host Community",
          "Others of concern");

  private UnhcrPopulationCsv() {}

  /** Whether a file is a UNHCR population export, by its first lines. */
  public static boolean recognises(SourceFile file) {
    return UnhcrExport.recognises(file, "Refugees under UNHCR's mandate");
  }

  public static ParsedFile read(SourceFile file, Provenance provenance) {
    return UnhcrExport.read(file, provenance, List.of(HEADER));
  }
}
