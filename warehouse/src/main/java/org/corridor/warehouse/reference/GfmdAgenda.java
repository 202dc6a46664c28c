package org.corridor.warehouse.reference;

import java.io.Reader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The themes, roundtables and sub-themes of the GFMD matrix of projects and activities, read from
 * {@code gfmd.csv}. Indicators and RCP activities are tagged with roundtable and sub-theme codes.
 */
public final class GfmdAgenda {
  static final String RESOURCE = "gfmd.csv";
  private static final String[] COLUMNS = {"code", "kind", "parent", "title"};
  private static final Pattern THEME = Pattern.compile("T[0-9]+");
  private static final Pattern ROUNDTABLE = Pattern.compile("RT[0-9]+");
  private static final Pattern SUB_THEME = Pattern.compile("RT[0-9]+[a-z]");

  private final Map<String, GfmdTheme> themes;
  private final Map<String, GfmdRoundtable> roundtables;
  private final Map<String, GfmdSubTheme> subThemes;

  private GfmdAgenda(
      Map<String, GfmdTheme> themes,
      Map<String, GfmdRoundtable> roundtables,
      Map<String, GfmdSubTheme> subThemes) {
    this.themes = themes;
    this.roundtables = roundtables;
    this.subThemes = subThemes;
  }

  /** Loads the GFMD agenda shipped with Corridor. */
  public static GfmdAgenda load() {
    return from(CodeListFile.resource(GfmdAgenda.class, RESOURCE, COLUMNS));
  }

  /** Parses an agenda in the layout of {@code gfmd.csv}; used by tests of malformed lists. */
  public static GfmdAgenda parse(Reader csv) {
    return from(CodeListFile.parse(RESOURCE, csv, COLUMNS));
  }

  // Parents come before their children in the file, so one pass can check every parent.
  private static GfmdAgenda from(CodeListFile file) {
    Map<String, GfmdTheme> themes = new LinkedHashMap<>();
    Map<String, GfmdRoundtable> roundtables = new LinkedHashMap<>();
    Map<String, GfmdSubTheme> subThemes = new LinkedHashMap<>();
    Set<String> codes = new HashSet<>();
    for (CodeListFile.Row row : file.rows()) {
      String code = row.required("code");
      String kind = row.required("kind");
      String title = row.required("title");
      if (!codes.add(code)) {
        throw row.invalid("code " + code + " is listed twice");
      }
      switch (kind) {
        case "THEME" -> {
          requireCode(row, code, THEME);
          themes.put(code, new GfmdTheme(code, title));
        }
        case "ROUNDTABLE" -> {
          requireCode(row, code, ROUNDTABLE);
          String theme = parent(row, themes.keySet(), "theme");
          roundtables.put(code, new GfmdRoundtable(code, theme, title));
        }
        case "SUB_THEME" -> {
          requireCode(row, code, SUB_THEME);
          String roundtable = parent(row, roundtables.keySet(), "roundtable");
          if (!code.substring(0, code.length() - 1).equals(roundtable)) {
            throw row.invalid(
                "sub-theme " + code + " must be coded after its roundtable " + roundtable);
          }
          subThemes.put(code, new GfmdSubTheme(code, roundtable, title));
        }
        default ->
            throw row.invalid(
                "kind " + kind + " of " + code + " is not THEME, ROUNDTABLE or SUB_THEME");
      }
    }
    return new GfmdAgenda(themes, roundtables, subThemes);
  }

  private static void requireCode(CodeListFile.Row row, String code, Pattern pattern) {
    if (!pattern.matcher(code).matches()) {
      throw row.invalid("code " + code + " does not match " + pattern.pattern());
    }
  }

  private static String parent(CodeListFile.Row row, Set<String> known, String what) {
    String parent = row.required("parent");
    if (!known.contains(parent)) {
      throw row.invalid("parent " + parent + " is not a " + what + " listed above this line");
    }
    return parent;
  }

  public List<GfmdTheme> themes() {
    return List.copyOf(themes.values());
  }

  public List<GfmdRoundtable> roundtables() {
    return List.copyOf(roundtables.values());
  }

  public List<GfmdSubTheme> subThemes() {
    return List.copyOf(subThemes.values());
  }

  public Optional<GfmdRoundtable> roundtable(String code) {
    return Optional.ofNullable(roundtables.get(code));
  }

  public Optional<GfmdSubTheme> subTheme(String code) {
    return Optional.ofNullable(subThemes.get(code));
  }

  public List<GfmdSubTheme> subThemesOf(String roundtable) {
    return subThemes.values().stream().filter(s -> s.roundtable().equals(roundtable)).toList();
  }

  /** Whether {@code code} names a roundtable (RT1) or a sub-theme (RT1a), the codes tags use. */
  public boolean isRoundtableOrSubTheme(String code) {
    return roundtables.containsKey(code) || subThemes.containsKey(code);
  }
}
