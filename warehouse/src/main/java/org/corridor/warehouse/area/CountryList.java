package org.corridor.warehouse.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corridor.warehouse.reference.CodeListFile;

/** Reads {@code countries.csv}, one row per country or territory, checking each code's form. */
final class CountryList {
  static final String RESOURCE = "countries.csv";
  static final String[] COLUMNS = {
    "iso3",
    "iso2",
    "m49",
    "name",
    "m49_region",
    "m49_sub_region",
    "m49_intermediate_region",
    "sdg_region",
    "income_group",
    "oacps"
  };
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern M49 = Pattern.compile("[0-9]{3}");
  private static final Pattern M49_GROUP = Pattern.compile("M49_[0-9]{3}");
  private static final Pattern SDG_GROUP = Pattern.compile("SDG_[0-9]{3}");

  private CountryList() {}

  static List<Area> read(CodeListFile file) {
    List<Area> countries = new ArrayList<>();
    Map<String, Long> iso3Lines = new HashMap<>();
    Map<String, Long> iso2Lines = new HashMap<>();
    Map<String, Long> m49Lines = new HashMap<>();
    for (CodeListFile.Row row : file.rows()) {
      Area area = area(row);
      requireUnique(row, "ISO3 code", area.iso3(), iso3Lines);
      requireUnique(row, "ISO2 code", area.iso2(), iso2Lines);
      area.m49().ifPresent(m49 -> requireUnique(row, "M49 code", m49, m49Lines));
      countries.add(area);
    }
    return countries;
  }

  private static Area area(CodeListFile.Row row) {
    return new Area(
        code(row, "iso3", ISO3),
        code(row, "iso2", ISO2),
        optionalCode(row, "m49", M49),
        row.required("name"),
        optionalCode(row, "m49_region", M49_GROUP),
        optionalCode(row, "m49_sub_region", M49_GROUP),
        optionalCode(row, "m49_intermediate_region", M49_GROUP),
        optionalCode(row, "sdg_region", SDG_GROUP),
        row.optional("income_group"),
        flag(row, "oacps"));
  }

  private static String code(CodeListFile.Row row, String column, Pattern form) {
    String value = row.required(column);
    requireForm(row, column, value, form);
    return value;
  }

  private static Optional<String> optionalCode(CodeListFile.Row row, String column, Pattern form) {
    Optional<String> value = row.optional(column);
    value.ifPresent(v -> requireForm(row, column, v, form));
    return value;
  }

  private static void requireForm(CodeListFile.Row row, String column, String value, Pattern form) {
    if (!form.matcher(value).matches()) {
      throw row.invalid(column + " " + value + " does not match " + form.pattern());
    }
  }

  private static boolean flag(CodeListFile.Row row, String column) {
    String value = row.required(column);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw row.invalid(column + " is " + value + " but must be true or false");
    };
  }

  private static void requireUnique(
      CodeListFile.Row row, String what, String value, Map<String, Long> firstLines) {
    Long first = firstLines.putIfAbsent(value, row.line());
    if (first != null) {
      throw row.invalid(what + " " + value + " is listed twice (first on line " + first + ")");
    }
  }
}
