package org.corridor.warehouse.reference;

import java.io.Reader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part of the SDG global indicator framework that concerns migration: goals, targets and
 * indicators read from {@code sdg_goals.csv}, {@code sdg_targets.csv} and {@code
 * sdg_indicators.csv}.
 */
public final class SdgFramework {
  static final String GOALS = "sdg_goals.csv";
  static final String TARGETS = "sdg_targets.csv";
  static final String INDICATORS = "sdg_indicators.csv";
  private static final String[] GOAL_COLUMNS = {"number", "title"};
  private static final String[] TARGET_COLUMNS = {"code", "goal", "title"};
  private static final String[] INDICATOR_COLUMNS = {"code", "target", "title", "custodians"};
  private static final Pattern GOAL_NUMBER = Pattern.compile("[1-9][0-9]?");
  private static final Pattern TARGET_SUFFIX = Pattern.compile("\\.([0-9]+|[a-z])");
  private static final Pattern INDICATOR_SUFFIX = Pattern.compile("\\.[0-9]+");

  private final Map<Integer, SdgGoal> goals;
  private final Map<String, SdgTarget> targets;
  private final Map<String, SdgIndicator> indicators;

  private SdgFramework(
      Map<Integer, SdgGoal> goals,
      Map<String, SdgTarget> targets,
      Map<String, SdgIndicator> indicators) {
    this.goals = goals;
    this.targets = targets;
    this.indicators = indicators;
  }

  /** Loads the goals, targets and indicators shipped with Corridor. */
  public static SdgFramework load() {
    return from(
        CodeListFile.resource(SdgFramework.class, GOALS, GOAL_COLUMNS),
        CodeListFile.resource(SdgFramework.class, TARGETS, TARGET_COLUMNS),
        CodeListFile.resource(SdgFramework.class, INDICATORS, INDICATOR_COLUMNS));
  }

  /** Parses the three files in their shipped layouts; used by tests of malformed lists. */
  public static SdgFramework parse(Reader goals, Reader targets, Reader indicators) {
    return from(
        CodeListFile.parse(GOALS, goals, GOAL_COLUMNS),
        CodeListFile.parse(TARGETS, targets, TARGET_COLUMNS),
        CodeListFile.parse(INDICATORS, indicators, INDICATOR_COLUMNS));
  }

  private static SdgFramework from(
      CodeListFile goalFile, CodeListFile targetFile, CodeListFile indicatorFile) {
    Map<Integer, SdgGoal> goals = new LinkedHashMap<>();
    for (CodeListFile.Row row : goalFile.rows()) {
      String number = row.required("number");
      if (!GOAL_NUMBER.matcher(number).matches()) {
        throw row.invalid("goal number " + number + " is not a number from 1 to 99");
      }
      SdgGoal goal = new SdgGoal(Integer.parseInt(number), row.required("title"));
      if (goals.put(goal.number(), goal) != null) {
        throw row.invalid("goal " + number + " is listed twice");
      }
    }
    Map<String, SdgTarget> targets = new LinkedHashMap<>();
    for (CodeListFile.Row row : targetFile.rows()) {
      String code = row.required("code");
      String goal = row.required("goal");
      if (!GOAL_NUMBER.matcher(goal).matches() || !goals.containsKey(Integer.parseInt(goal))) {
        throw row.invalid("target " + code + " names goal " + goal + ", which is not listed");
      }
      requireChildCode(row, code, goal, TARGET_SUFFIX);
      SdgTarget target = new SdgTarget(code, Integer.parseInt(goal), row.required("title"));
      if (targets.put(code, target) != null) {
        throw row.invalid("target " + code + " is listed twice");
      }
    }
    Map<String, SdgIndicator> indicators = new LinkedHashMap<>();
    for (CodeListFile.Row row : indicatorFile.rows()) {
      String code = row.required("code");
      String target = row.required("target");
      if (!targets.containsKey(target)) {
        throw row.invalid(
            "indicator " + code + " names target " + target + ", which is not listed");
      }
      requireChildCode(row, code, target, INDICATOR_SUFFIX);
      List<String> custodians =
          Arrays.stream(row.required("custodians").split(";")).map(String::strip).toList();
      SdgIndicator indicator = new SdgIndicator(code, target, row.required("title"), custodians);
      if (indicators.put(code, indicator) != null) {
        throw row.invalid("indicator " + code + " is listed twice");
      }
    }
    return new SdgFramework(goals, targets, indicators);
  }

  // The official codes nest: target 10.c belongs to goal 10, indicator 10.c.1 to target 10.c.
  private static void requireChildCode(
      CodeListFile.Row row, String code, String parent, Pattern suffix) {
    if (!code.startsWith(parent) || !suffix.matcher(code.substring(parent.length())).matches()) {
      throw row.invalid("code " + code + " does not extend its parent code " + parent);
    }
  }

  public List<SdgGoal> goals() {
    return List.copyOf(goals.values());
  }

  public List<SdgTarget> targets() {
    return List.copyOf(targets.values());
  }

  public List<SdgIndicator> indicators() {
    return List.copyOf(indicators.values());
  }

  public Optional<SdgGoal> goal(int number) {
    return Optional.ofNullable(goals.get(number));
  }

  public Optional<SdgTarget> target(String code) {
    return Optional.ofNullable(targets.get(code));
  }

  public Optional<SdgIndicator> indicator(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  public List<SdgIndicator> indicatorsOf(String target) {
    return indicators.values().stream().filter(i -> i.target().equals(target)).toList();
  }
}
