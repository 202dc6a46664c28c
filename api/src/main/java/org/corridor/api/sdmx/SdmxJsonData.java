package org.corridor.api.sdmx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.ObservationSnapshot;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a data answer as an SDMX-JSON 2.0 data message: the structure lists each component's
 * values, and the data set refers to them by index. Series are keyed by the indices of their key
 * dimensions joined by {@code :}, observations by the index of their time period (or of every
 * dimension with dimensionAtObservation=AllDimensions); an observation is OBS_VALUE followed by the
 * index of each attribute's value, null where it has none. Every attribute is attached to the
 * observation.
 */
final class SdmxJsonData {
  static final String SCHEMA = "https://json.sdmx.org/2.0.0/sdmx-json-data-schema.json";

  private final SdmxData data;
  private final Map<String, Codelist> codelists;
  private final List<Component> seriesDimensions;
  private final List<Component> observationDimensions;
  private final List<ComponentValues> seriesValues = new ArrayList<>();
  private final List<ComponentValues> observationValues = new ArrayList<>();
  private final List<ComponentValues> attributeValues = new ArrayList<>();

  private SdmxJsonData(SdmxData data, Map<String, Codelist> codelists) {
    this.data = data;
    this.codelists = codelists;
    this.seriesDimensions = data.flatObservations() ? List.of() : MigrationDataflow.KEY_DIMENSIONS;
    this.observationDimensions =
        data.flatObservations()
            ? MigrationDataflow.dimensions()
            : List.of(MigrationDataflow.TIME_PERIOD);
    seriesDimensions.forEach(d -> seriesValues.add(new ComponentValues()));
    observationDimensions.forEach(d -> observationValues.add(new ComponentValues()));
    MigrationDataflow.ATTRIBUTES.forEach(a -> attributeValues.add(new ComponentValues()));
  }

  static ObjectNode message(SdmxData data, Map<String, Codelist> codelists) {
    return new SdmxJsonData(data, codelists).write();
  }

  private ObjectNode write() {
    ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.set("meta", SdmxMessages.meta(SCHEMA));
    ObjectNode body = message.putObject("data");
    ArrayNode structures = body.putArray("structures");
    ObjectNode dataSet = body.putArray("dataSets").addObject();
    dataSet.put("structure", 0);
    dataSet.put("action", "Information");
    if (data.flatObservations()) {
      writeObservations(dataSet.putObject("observations"), allRows());
    } else {
      ObjectNode series = dataSet.putObject("series");
      for (int[] rows : data.series()) {
        ObjectNode one = series.putObject(key(seriesDimensions, seriesValues, rows[0]));
        writeObservations(one.putObject("observations"), rows);
      }
    }
    structures.add(structure());
    return message;
  }

  private int[] allRows() {
    return data.series().stream().flatMapToInt(Arrays::stream).toArray();
  }

  private void writeObservations(ObjectNode observations, int[] rows) {
    ObservationSnapshot snapshot = data.snapshot();
    DoubleColumn value = (DoubleColumn) snapshot.column(MigrationDataflow.OBS_VALUE.column());
    for (int row : rows) {
      ArrayNode observation =
          observations.putArray(key(observationDimensions, observationValues, row));
      observation.add(value.doubleValue(row));
      for (int a = 0; a < MigrationDataflow.ATTRIBUTES.size(); a++) {
        Component attribute = MigrationDataflow.ATTRIBUTES.get(a);
        Object raw = snapshot.column(attribute.column()).value(row);
        if (raw == null) {
          observation.addNull();
        } else {
          observation.add(
              attributeValues.get(a).indexOf(raw, node -> describe(attribute, raw, node)));
        }
      }
    }
  }

  private String key(List<Component> dimensions, List<ComponentValues> values, int row) {
    StringJoiner key = new StringJoiner(":");
    for (int d = 0; d < dimensions.size(); d++) {
      Component dimension = dimensions.get(d);
      String raw = (String) data.snapshot().column(dimension.column()).value(row);
      String id = dimension == MigrationDataflow.TIME_PERIOD ? raw : SdmxIds.of(raw);
      key.add(Integer.toString(values.get(d).indexOf(id, node -> describe(dimension, raw, node))));
    }
    return key.toString();
  }

  /** A coded value's id and name, or an uncoded one's value. */
  private void describe(Component component, Object raw, ObjectNode node) {
    if (component.codelist().isPresent()) {
      String id = SdmxIds.of((String) raw);
      node.put("id", id);
      SdmxMessages.named(node, codeName(component.codelist().get(), id, raw));
    } else if (component == MigrationDataflow.TIME_PERIOD) {
      node.put("id", (String) raw);
      SdmxMessages.named(node, (String) raw);
    } else if (raw instanceof Integer number) {
      node.put("value", number);
    } else if (raw instanceof Double number) {
      node.put("value", number);
    } else {
      node.put("value", raw.toString());
    }
  }

  private String codeName(String codelist, String id, Object raw) {
    return codelists
        .get(codelist)
        .nameOf(id)
        .orElse(raw == null ? SdmxIds.NOT_APPLICABLE_NAME : raw.toString());
  }

  private ObjectNode structure() {
    ObjectNode structure = JsonNodeFactory.instance.objectNode();
    SdmxMessages.named(structure, MigrationDataflow.NAME);
    ArrayNode links = structure.putArray("links");
    links
        .addObject()
        .put("rel", "dataflow")
        .put("href", MigrationDataflow.path("dataflow", MigrationDataflow.ID))
        .put("urn", MigrationDataflow.dataflowUrn());
    links
        .addObject()
        .put("rel", "datastructure")
        .put("href", MigrationDataflow.path("datastructure", MigrationDataflow.STRUCTURE_ID))
        .put("urn", MigrationDataflow.structureUrn());
    structure.putArray("dataSets").add(0);
    ObjectNode dimensions = structure.putObject("dimensions");
    dimensions.putArray("dataSet");
    writeDimensions(dimensions.putArray("series"), seriesDimensions, seriesValues);
    writeDimensions(dimensions.putArray("observation"), observationDimensions, observationValues);
    ObjectNode attributes = structure.putObject("attributes");
    attributes.putArray("dataSet");
    attributes.putArray("series");
    ArrayNode observationAttributes = attributes.putArray("observation");
    for (int a = 0; a < MigrationDataflow.ATTRIBUTES.size(); a++) {
      Component attribute = MigrationDataflow.ATTRIBUTES.get(a);
      ObjectNode node = observationAttributes.addObject();
      node.put("id", attribute.id());
      SdmxMessages.named(node, attribute.name());
      node.putObject("relationship").putObject("observation");
      node.set("values", attributeValues.get(a).values());
    }
    ObjectNode measure = structure.putObject("measures").putArray("observation").addObject();
    measure.put("id", MigrationDataflow.OBS_VALUE.id());
    SdmxMessages.named(measure, MigrationDataflow.OBS_VALUE.name());
    return structure;
  }

  private static void writeDimensions(
      ArrayNode target, List<Component> dimensions, List<ComponentValues> values) {
    List<Component> all = MigrationDataflow.dimensions();
    for (int d = 0; d < dimensions.size(); d++) {
      Component dimension = dimensions.get(d);
      ObjectNode node = target.addObject();
      node.put("id", dimension.id());
      SdmxMessages.named(node, dimension.name());
      node.put("keyPosition", all.indexOf(dimension));
      if (dimension == MigrationDataflow.TIME_PERIOD) {
        node.putArray("roles").add("TIME_PERIOD");
      }
      node.set("values", values.get(d).values());
    }
  }
}
