package org.corridor.etl;

import java.nio.file.Path;
import java.util.List;
import org.corridor.warehouse.table.TableSpec;

/**
 * Every error the ETL raises, in one place: each message says what is wrong, why it matters, and
 * how to fix it.
 */
public final class EtlErrors {
  private EtlErrors() {}

  /** A whole input file is unusable; the run goes on with the other inputs. */
  public static final class RejectedFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RejectedFile(String message) {
      super(message);
    }
  }

  /** A command names a vintage wrongly: unknown, already taken, or not a valid name. */
  public static final class VintageArgument extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    VintageArgument(String message) {
      super(message);
    }
  }

  public static IllegalStateException duplicateKeys(TableSpec spec, List<String> examples) {
    return new IllegalStateException(
        "refusing to write "
            + spec.qualifiedName()
            + ": rows repeat its natural key "
            + spec.naturalKey()
            + ", e.g. "
            + examples
            + "; duplicates must be quarantined before the write");
  }

  public static RejectedFile malformedHeader(Path file, String expected, String found) {
    return new RejectedFile(
        file.getFileName()
            + " is not a well-formed file of its format: expected "
            + expected
            + " but found "
            + found
            + "; check that the file is the publisher's original, unedited download");
  }

  public static RejectedFile unparseableCsv(Path file, String why) {
    return new RejectedFile(
        file.getFileName()
            + " cannot be read as CSV ("
            + why
            + "); a quoted field is not closed or a quote stands inside an unquoted field, often"
            + " because the file was cut short: save the complete file again as CSV");
  }

  public static RejectedFile notInLayout(
      Path file, String layout, List<String> missing, List<String> unexpected) {
    return new RejectedFile(
        file.getFileName()
            + " is not a file in Corridor's "
            + layout
            + " layout: its first line must name the layout's columns"
            + (missing.isEmpty() ? "" : "; missing " + missing)
            + (unexpected.isEmpty() ? "" : "; unknown or repeated " + unexpected)
            + "; see docs/layouts/"
            + layout
            + ".md");
  }

  public static RejectedFile unsupportedSeries(Path file, String series, List<String> supported) {
    return new RejectedFile(
        file.getFileName()
            + " holds series "
            + series
            + ", which Corridor does not read; supported series: "
            + supported);
  }

  public static RejectedFile labelFlavour(Path file) {
    return new RejectedFile(
        file.getFileName()
            + " is an ILOSTAT download in the label flavour (ref_area.label, indicator.label, ...):"
            + " it names countries, indicators and classifications in English words, which"
            + " Corridor does not map back to codes; download the indicator in the code flavour"
            + " (ref_area, indicator, sex, classif1, ...) or as SDMX-CSV");
  }

  public static RejectedFile otherMatrix(Path file, String expected, String found) {
    return new RejectedFile(
        file.getFileName()
            + " holds "
            + found
            + ", not "
            + expected
            + "; name the right source with 'corridor ingest <source> <file>', or use the"
            + " publisher's original download");
  }

  public static RejectedFile unreadable(Path file, Exception cause) {
    return new RejectedFile(
        "cannot read " + file + ": " + cause.getMessage() + "; check the file's permissions");
  }

  public static RejectedFile notUtf8(Path file) {
    return new RejectedFile(
        file.getFileName()
            + " is not UTF-8 text; save it again as UTF-8 or use the publisher's original download");
  }

  public static RejectedFile notCustomIndicatorFile(Path file, String why) {
    return new RejectedFile(
        file.getFileName()
            + " is not a custom-indicator definitions file: "
            + why
            + "; it must be a JSON object whose \"corridorCustomIndicators\" key holds a list of"
            + " definitions (see the README, section Custom indicators)");
  }

  public static RejectedFile notAWorkbook(Path file, String why) {
    return new RejectedFile(
        file.getFileName()
            + " is not a readable Excel workbook ("
            + why
            + "); use the publisher's original .xlsx or .xls download");
  }

  public static RejectedFile missingSheet(Path file, List<String> expected, List<String> found) {
    return new RejectedFile(
        file.getFileName()
            + " has none of the sheets "
            + expected
            + " (it has "
            + found
            + "); use the publisher's original, unedited download");
  }

  public static RejectedFile truncated(Path file, String why) {
    return new RejectedFile(
        file.getFileName()
            + " ends before its last record is complete ("
            + why
            + "); the download was probably cut short, so fetch the file again");
  }

  public static RejectedFile unknownFormat(Path file) {
    return new RejectedFile(
        file.getFileName()
            + " is not in a format Corridor recognises; name the source with"
            + " 'corridor ingest <source> <file>'");
  }

  public static IllegalArgumentException noInputs(Path folder) {
    return new IllegalArgumentException(
        "no input files under "
            + folder
            + "; put the publishers' files there or run 'corridor demo'");
  }

  public static IllegalStateException unreconciled(
      String file, long read, long accepted, long quarantined) {
    return unreconciled(file, read, accepted, quarantined, 0);
  }

  public static IllegalStateException unreconciled(
      String file, long read, long accepted, long quarantined, long notApplicable) {
    return new IllegalStateException(
        file
            + " does not reconcile: "
            + read
            + " rows read but "
            + accepted
            + " accepted, "
            + quarantined
            + " quarantined and "
            + notApplicable
            + " not applicable; this is a defect in Corridor, please report it with the file");
  }

  public static IllegalStateException incompatibleColumn(
      TableSpec spec, String column, String found, String expected) {
    return new IllegalStateException(
        spec.qualifiedName()
            + "."
            + column
            + " is "
            + found
            + " in the warehouse but "
            + expected
            + " in this version of Corridor; the table cannot be upgraded in place, so move it"
            + " aside and re-run on its source files to rebuild it");
  }

  public static VintageArgument invalidVintageName(String name, String pattern) {
    return new VintageArgument(
        "'"
            + name
            + "' is not a vintage name: use lower-case letters, digits, '.', '_' and '-',"
            + " starting with a letter or digit ("
            + pattern
            + "), e.g. gfmd-2025");
  }

  public static VintageArgument duplicateVintage(String name) {
    return new VintageArgument(
        "vintage '"
            + name
            + "' already exists and a vintage is never replaced, since what it pinned may have"
            + " been published; choose another name");
  }

  public static VintageArgument unknownVintage(String name, List<String> known) {
    return new VintageArgument(
        "unknown vintage '"
            + name
            + "'; "
            + (known.isEmpty()
                ? "there is no vintage yet: create one with 'corridor vintage create <name>'"
                : "vintages are " + String.join(", ", known)));
  }

  public static IllegalStateException nothingToPin(List<String> goldTables) {
    return new IllegalStateException(
        "a vintage pins the gold tables "
            + goldTables
            + ", and none exists yet; run the ETL first ('corridor run <folder>' or 'corridor"
            + " demo')");
  }

  public static IllegalStateException unreadableVintage(String vintage, String table, String why) {
    return new IllegalStateException(
        "vintage '"
            + vintage
            + "' can no longer be read from "
            + table
            + " ("
            + why
            + "); its files were deleted outside Corridor, so vacuum refuses to go on: restore"
            + " them from a backup of the warehouse");
  }
}
