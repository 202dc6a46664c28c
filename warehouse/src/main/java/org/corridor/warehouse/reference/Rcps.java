package org.corridor.warehouse.reference;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Regional Consultative Processes on migration Corridor knows, read from {@code rcps.csv}: the
 * twelve RCPs of the RCP annex with their thematic group, and the later RCPs IOM lists.
 */
public final class Rcps {
  /** The file name of the shipped RCP list, as used in error messages. */
  public static final String RESOURCE = "rcps.csv";

  private static final String[] COLUMNS = {"code", "name", "annex_group", "members", "source"};
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Set<String> ANNEX_GROUPS = Set.of("1", "2", "3");

  private final Map<String, Rcp> byCode;

  private Rcps(Map<String, Rcp> byCode) {
    this.byCode = byCode;
  }

  /** Loads the RCP list shipped with Corridor. */
  public static Rcps load() {
    return from(CodeListFile.resource(Rcps.class, RESOURCE, COLUMNS));
  }

  /** Parses an RCP list in the layout of {@code rcps.csv}; used by tests of malformed lists. */
  public static Rcps parse(Reader csv) {
    return from(CodeListFile.parse(RESOURCE, csv, COLUMNS));
  }

  private static Rcps from(CodeListFile file) {
    Map<String, Rcp> byCode = new LinkedHashMap<>();
    for (CodeListFile.Row row : file.rows()) {
      Rcp rcp = rcp(row);
      if (byCode.put(rcp.code(), rcp) != null) {
        throw row.invalid("RCP " + rcp.code() + " is listed twice");
      }
    }
    return new Rcps(byCode);
  }

  private static Rcp rcp(CodeListFile.Row row) {
    String code = row.required("code");
    if (!CODE.matcher(code).matches()) {
      throw row.invalid("RCP code " + code + " must be upper-case letters, digits and underscores");
    }
    Optional<String> group = row.optional("annex_group");
    if (group.isPresent() && !ANNEX_GROUPS.contains(group.get())) {
      throw row.invalid("annex group " + group.get() + " of " + code + " is not 1, 2 or 3");
    }
    List<String> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String member : row.required("members").split("\\s+")) {
      if (!ISO3.matcher(member).matches()) {
        throw row.invalid("member " + member + " of " + code + " is not an ISO3 code");
      }
      if (!seen.add(member)) {
        throw row.invalid("member " + member + " of " + code + " is listed twice");
      }
      members.add(member);
    }
    members.sort(null);
    return new Rcp(
        code,
        row.required("name"),
        group.map(Integer::valueOf),
        members,
        row.required("source"),
        row.optional("notes"));
  }

  public List<Rcp> all() {
    return List.copyOf(byCode.values());
  }

  public Optional<Rcp> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The RCPs the RCP annex puts in one thematic group (1, 2 or 3). */
  public List<Rcp> inAnnexGroup(int group) {
    return byCode.values().stream()
        .filter(rcp -> rcp.annexGroup().equals(Optional.of(group)))
        .toList();
  }
}
