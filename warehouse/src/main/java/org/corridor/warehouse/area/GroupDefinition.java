package org.corridor.warehouse.area;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corridor.warehouse.reference.CodeListFile;

/**
 * One row of {@code area_groups.csv}: an aggregate area whose members follow from the country
 * attributes its kind names.
 *
 * @param parent for an SDG sub-group (SDG_053), the main SDG region it lies in
 * @param row the row the group was read from, for error messages
 */
record GroupDefinition(
    String code,
    GroupKind kind,
    String name,
    Optional<String> m49,
    Optional<String> parent,
    CodeListFile.Row row) {

  static final String RESOURCE = "area_groups.csv";
  static final String[] COLUMNS = {"code", "kind", "name", "m49", "parent"};

  static List<GroupDefinition> read(CodeListFile file) {
    List<GroupDefinition> definitions = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (CodeListFile.Row row : file.rows()) {
      GroupDefinition definition = definition(row);
      if (!codes.add(definition.code())) {
        throw row.invalid("group " + definition.code() + " is listed twice");
      }
      definitions.add(definition);
    }
    return definitions;
  }

  private static GroupDefinition definition(CodeListFile.Row row) {
    String code = row.required("code");
    String kind = row.required("kind");
    GroupKind groupKind;
    try {
      groupKind = GroupKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw row.invalid("group " + code + " has unknown kind " + kind);
    }
    if (groupKind == GroupKind.RCP) {
      throw row.invalid("RCP groups come from rcps.csv, not from this file (" + code + ")");
    }
    Optional<String> parent = row.optional("parent");
    if (parent.isPresent() && groupKind != GroupKind.SDG_REGION) {
      throw row.invalid("only an SDG sub-group may name a parent, not " + code);
    }
    return new GroupDefinition(
        code, groupKind, row.required("name"), row.optional("m49"), parent, row);
  }
}
