package org.corridor.etl.source.custom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.BronzeRow;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;
import org.corridor.warehouse.table.BronzeTables;

/**
 * A secretariat's custom-indicator definitions: a JSON object whose {@value #MARKER} key holds a
 * list of definitions, each an object of text or number fields (and a {@code target} object of
 * {@code value} and {@code year}). Each definition becomes one bronze row, numbered from 1 in list
 * order; a definition that is no object, has a key the format does not know (a misspelt {@code
 * filter} must not silently count every row) or a list where text is due is rejected whole.
 */
public final class CustomIndicatorFile {
  /** The key that marks a JSON file as custom-indicator definitions. */
  public static final String MARKER = "corridorCustomIndicators";

  private static final String TARGET = "target";

  /** The bronze column of each JSON key; the target's two fields are flattened. */
  private static final Map<String, String> FIELDS = fields();

  private CustomIndicatorFile() {}

  public static boolean recognises(SourceFile file) {
    String head = file.headText().replace("\uFEFF", "").stripLeading();
    return head.startsWith("{") && head.contains("\"" + MARKER + "\"");
  }

  /**
   * @throws EtlErrors.RejectedFile when the file is not JSON or has no list of definitions
   */
  public static ParsedFile read(SourceFile file, Provenance provenance) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.utf8Text());
    } catch (JsonProcessingException e) {
      throw EtlErrors.notCustomIndicatorFile(
          file.path(), "it is not well-formed JSON (" + e.getOriginalMessage() + ")");
    }
    JsonNode definitions = root == null ? null : root.get(MARKER);
    if (definitions == null || !definitions.isArray()) {
      throw EtlErrors.notCustomIndicatorFile(file.path(), "\"" + MARKER + "\" holds no list");
    }
    List<Row> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    long position = 0;
    for (JsonNode definition : definitions) {
      position++;
      try {
        rows.add(BronzeRow.of(cells(definition), provenance, position));
      } catch (IllegalArgumentException e) {
        rejected.add(
            new RejectedRecord(
                position, definition.toString(), Reason.MALFORMED_RECORD, e.getMessage()));
      }
    }
    return new ParsedFile(rows, rejected);
  }

  private static List<String> cells(JsonNode definition) {
    if (!definition.isObject()) {
      throw new IllegalArgumentException("a definition must be a JSON object");
    }
    Map<String, String> byColumn = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : definition.properties()) {
      if (entry.getKey().equals(TARGET) && entry.getValue().isObject()) {
        for (Map.Entry<String, JsonNode> field : entry.getValue().properties()) {
          put(byColumn, TARGET + "." + field.getKey(), field.getValue());
        }
      } else {
        put(byColumn, entry.getKey(), entry.getValue());
      }
    }
    return BronzeTables.CUSTOM_INDICATOR_DEFINITION.columnNames().stream()
        .filter(column -> !column.startsWith("_"))
        .map(byColumn::get)
        .toList();
  }

  private static void put(Map<String, String> byColumn, String key, JsonNode value) {
    if (!FIELDS.containsKey(key)) {
      throw new IllegalArgumentException(
          "unknown key " + key + " (known keys: " + String.join(", ", FIELDS.keySet()) + ")");
    }
    if (value.isNull()) {
      return;
    }
    if (!value.isValueNode() || value.isBoolean()) {
      throw new IllegalArgumentException(key + " must be text or a number");
    }
    byColumn.put(FIELDS.get(key), value.asText());
  }

  private static Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", "code");
    fields.put("name", "name");
    fields.put("unit", "unit");
    fields.put("factTable", "fact_table");
    fields.put("filter", "filter");
    fields.put("numerator", "numerator");
    fields.put("denominator", "denominator");
    fields.put("aggregation", "aggregation");
    fields.put("scale", "scale");
    fields.put(TARGET + ".value", "target_value");
    fields.put(TARGET + ".year", "target_year");
    fields.put("direction", "direction");
    fields.put("source", "source");
    return fields;
  }
}
