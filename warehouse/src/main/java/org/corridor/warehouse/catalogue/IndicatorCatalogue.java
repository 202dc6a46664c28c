package org.corridor.warehouse.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.warehouse.WarehouseErrors;
import org.corridor.warehouse.table.Tables;

/**
 * The indicator catalogue, read from the versioned data file {@code indicators.json} shipped with
 * this module. Entries are validated when loaded: a catalogue with an unknown source table, a
 * duplicate code or a missing field does not load.
 */
public final class IndicatorCatalogue {
  private static final String RESOURCE = "indicators.json";

  private final String version;
  private final Map<String, Indicator> indicators;

  private IndicatorCatalogue(String version, List<Indicator> indicators) {
    this.version = version;
    Map<String, Indicator> byCode = new LinkedHashMap<>();
    for (Indicator indicator : indicators) {
      if (byCode.put(indicator.code(), indicator) != null) {
        throw WarehouseErrors.invalidCatalogue(
            "indicator " + indicator.code() + " is listed twice");
      }
    }
    this.indicators = byCode;
  }

  /** Loads the catalogue shipped with Corridor. */
  public static IndicatorCatalogue load() {
    try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw WarehouseErrors.missingResource(RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the indicator catalogue " + RESOURCE, e);
    }
  }

  /** Parses a catalogue document; used by {@link #load()} and by tests of malformed catalogues. */
  public static IndicatorCatalogue parse(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    String version = text(root, "version", "catalogue");
    List<Indicator> indicators = new ArrayList<>();
    for (JsonNode node : root.path("indicators")) {
      indicators.add(indicator(node));
    }
    return new IndicatorCatalogue(version, indicators);
  }

  public String version() {
    return version;
  }

  public List<Indicator> all() {
    return List.copyOf(indicators.values());
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  public Indicator require(String code) {
    return find(code).orElseThrow(() -> WarehouseErrors.unknownIndicator(code));
  }

  private static Indicator indicator(JsonNode node) {
    String code = text(node, "code", "indicator");
    List<String> sources = strings(node.path("sourceTables"));
    for (String table : sources) {
      if (Tables.byQualifiedName(table).isEmpty()) {
        throw WarehouseErrors.invalidCatalogue(
            "indicator " + code + " names unknown source table " + table);
      }
    }
    JsonNode target = node.path("target");
    return new Indicator(
        code,
        text(node, "name", code),
        text(node, "description", code),
        strings(node.path("sdgTargets")),
        integers(node.path("gcmObjectives")),
        strings(node.path("gfmdRoundtables")),
        text(node, "unit", code),
        text(node, "unitLabel", code),
        sources,
        text(node, "custodian", code),
        text(node, "computation", code),
        enumValue(AggregationMethod.class, text(node, "aggregation", code), code),
        scale(node, code),
        enumValue(Direction.class, text(node, "direction", code), code),
        target.isMissingNode() || target.isNull()
            ? Optional.empty()
            : Optional.of(
                new Target(
                    target.path("value").asDouble(),
                    target.path("year").asInt(),
                    text(target, "statement", code))),
        enumValue(IndicatorStatus.class, text(node, "status", code), code));
  }

  /** The factor a ratio is multiplied by, 1 where the catalogue gives none. */
  private static double scale(JsonNode node, String owner) {
    JsonNode value = node.get("scale");
    if (value == null) {
      return 1.0;
    }
    if (!value.isNumber() || !(value.asDouble() > 0)) {
      throw WarehouseErrors.invalidCatalogue(owner + " has a scale that is not a positive number");
    }
    return value.asDouble();
  }

  private static String text(JsonNode node, String field, String owner) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw WarehouseErrors.invalidCatalogue(owner + " has no " + field);
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<Integer> integers(JsonNode array) {
    List<Integer> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asInt()));
    return values;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String owner) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw WarehouseErrors.invalidCatalogue(
          owner
              + " has "
              + type.getSimpleName()
              + " "
              + value
              + "; allowed: "
              + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
