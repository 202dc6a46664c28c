package org.corridor.api.sdmx;

import java.util.List;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.warehouse.table.Column;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes the dataflow, the data structure and codelists as an SDMX-JSON 2.0 structure message. */
final class SdmxJsonStructures {
  static final String SCHEMA = "https://json.sdmx.org/2.0.0/sdmx-json-structure-schema.json";

  private final ObjectNode message = JsonNodeFactory.instance.objectNode();
  private final ObjectNode data;

  SdmxJsonStructures() {
    message.set("meta", SdmxMessages.meta(SCHEMA));
    data = message.putObject("data");
  }

  ObjectNode message() {
    return message;
  }

  SdmxJsonStructures addDataflow() {
    ObjectNode flow =
        artefact(data.withArray("dataflows"), MigrationDataflow.ID, MigrationDataflow.NAME);
    flow.put("urn", MigrationDataflow.dataflowUrn());
    flow.put("structure", MigrationDataflow.structureUrn());
    return this;
  }

  SdmxJsonStructures addDataStructure() {
    ObjectNode structure =
        artefact(
            data.withArray("dataStructures"),
            MigrationDataflow.STRUCTURE_ID,
            MigrationDataflow.STRUCTURE_NAME);
    structure.put("urn", MigrationDataflow.structureUrn());
    ObjectNode components = structure.putObject("dataStructureComponents");
    ObjectNode dimensionList = components.putObject("dimensionList");
    dimensionList.put("id", "DimensionDescriptor");
    ArrayNode dimensions = dimensionList.putArray("dimensions");
    List<Component> key = MigrationDataflow.KEY_DIMENSIONS;
    for (int position = 0; position < key.size(); position++) {
      ObjectNode dimension = component(dimensions, key.get(position));
      dimension.put("position", position);
      dimension.put("type", "Dimension");
    }
    ObjectNode time =
        component(dimensionList.putArray("timeDimensions"), MigrationDataflow.TIME_PERIOD);
    time.put("position", key.size());
    time.put("type", "TimeDimension");
    ObjectNode attributeList = components.putObject("attributeList");
    attributeList.put("id", "AttributeDescriptor");
    ArrayNode attributes = attributeList.putArray("attributes");
    for (Component attribute : MigrationDataflow.ATTRIBUTES) {
      ObjectNode node = component(attributes, attribute);
      node.put("usage", column(attribute).nullable() ? "optional" : "mandatory");
      node.putObject("attributeRelationship").putObject("observation");
    }
    ObjectNode measureList = components.putObject("measureList");
    measureList.put("id", "MeasureDescriptor");
    ObjectNode measure = component(measureList.putArray("measures"), MigrationDataflow.OBS_VALUE);
    measure.put("usage", "mandatory");
    return this;
  }

  SdmxJsonStructures addConceptScheme() {
    ObjectNode scheme =
        artefact(
            data.withArray("conceptSchemes"),
            MigrationDataflow.CONCEPT_SCHEME_ID,
            MigrationDataflow.CONCEPT_SCHEME_NAME);
    scheme.put(
        "urn",
        "urn:sdmx:org.sdmx.infomodel.conceptscheme.ConceptScheme="
            + MigrationDataflow.reference(MigrationDataflow.CONCEPT_SCHEME_ID));
    scheme.put("isPartial", false);
    ArrayNode concepts = scheme.putArray("concepts");
    for (Component component : MigrationDataflow.components()) {
      ObjectNode concept = concepts.addObject();
      concept.put("id", component.id());
      SdmxMessages.named(concept, component.name());
    }
    return this;
  }

  SdmxJsonStructures addCodelist(Codelist codelist) {
    ObjectNode node = artefact(data.withArray("codelists"), codelist.id(), codelist.name());
    node.put("urn", MigrationDataflow.codelistUrn(codelist.id()));
    node.put("isPartial", false);
    ArrayNode codes = node.putArray("codes");
    for (Codelist.Code code : codelist.codes()) {
      ObjectNode entry = codes.addObject();
      entry.put("id", code.id());
      SdmxMessages.named(entry, code.name());
    }
    return this;
  }

  private static ObjectNode artefact(ArrayNode list, String id, String name) {
    ObjectNode artefact = list.addObject();
    artefact.put("id", id);
    artefact.put("agencyID", MigrationDataflow.AGENCY);
    artefact.put("version", MigrationDataflow.VERSION);
    artefact.put("isFinal", true);
    SdmxMessages.named(artefact, name);
    return artefact;
  }

  /** A component's id, concept and representation: its codelist, or its column's data type. */
  private static ObjectNode component(ArrayNode list, Component component) {
    ObjectNode node = list.addObject();
    node.put("id", component.id());
    node.put("conceptIdentity", MigrationDataflow.conceptUrn(component.id()));
    ObjectNode representation = node.putObject("localRepresentation");
    if (component.codelist().isPresent()) {
      representation.put("enumeration", MigrationDataflow.codelistUrn(component.codelist().get()));
    } else {
      representation.putObject("format").put("dataType", dataType(component));
    }
    return node;
  }

  private static String dataType(Component component) {
    if (component == MigrationDataflow.TIME_PERIOD) {
      return "ObservationalTimePeriod";
    }
    return switch (column(component).type()) {
      case INTEGER -> "Integer";
      case DOUBLE -> "Double";
      default -> "String";
    };
  }

  private static Column column(Component component) {
    return ObservationSnapshot.TABLE.column(component.column()).orElseThrow();
  }
}
