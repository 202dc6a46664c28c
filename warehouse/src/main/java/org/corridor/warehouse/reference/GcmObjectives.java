package org.corridor.warehouse.reference;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The objectives of the Global Compact for Migration, read from {@code gcm_objectives.csv}. */
public final class GcmObjectives {
  static final String RESOURCE = "gcm_objectives.csv";
  private static final String[] COLUMNS = {"number", "short_label", "title"};

  private final TreeMap<Integer, GcmObjective> byNumber;

  private GcmObjectives(TreeMap<Integer, GcmObjective> byNumber) {
    this.byNumber = byNumber;
  }

  /** Loads the objectives shipped with Corridor. */
  public static GcmObjectives load() {
    return from(CodeListFile.resource(GcmObjectives.class, RESOURCE, COLUMNS));
  }

  /** Parses objectives in the layout of {@code gcm_objectives.csv}; used by tests. */
  public static GcmObjectives parse(Reader csv) {
    return from(CodeListFile.parse(RESOURCE, csv, COLUMNS));
  }

  // Objectives are cited by number, so the numbers must run 1, 2, 3 ... without a gap.
  private static GcmObjectives from(CodeListFile file) {
    TreeMap<Integer, GcmObjective> byNumber = new TreeMap<>();
    for (CodeListFile.Row row : file.rows()) {
      String number = row.required("number");
      int expected = byNumber.size() + 1;
      if (!number.equals(Integer.toString(expected))) {
        throw row.invalid("objective " + number + " is out of sequence; expected " + expected);
      }
      byNumber.put(
          expected, new GcmObjective(expected, row.required("short_label"), row.required("title")));
    }
    return new GcmObjectives(byNumber);
  }

  public List<GcmObjective> all() {
    return List.copyOf(byNumber.values());
  }

  public Optional<GcmObjective> objective(int number) {
    return Optional.ofNullable(byNumber.get(number));
  }

  public boolean contains(int number) {
    return byNumber.containsKey(number);
  }
}
