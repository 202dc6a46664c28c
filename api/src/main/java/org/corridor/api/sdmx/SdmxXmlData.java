package org.corridor.api.sdmx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.StoredColumn;

/**
 * Writes a data answer as an SDMX-ML 2.1 generic data message, for clients that read no other
 * format: a header naming the dataflow and the dimension at observation, then one {@code Series}
 * per series key with its {@code Obs}, or with dimensionAtObservation=AllDimensions one {@code Obs}
 * per observation carrying its whole key. Attributes with no value are left out.
 */
final class SdmxXmlData {
  static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
  static final String GENERIC = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
  static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

  private static final String STRUCTURE_REF = "CORRIDOR_DF_MIGRATION_1_0";

  private final SdmxData data;
  private final XMLStreamWriter xml;
  private final List<StoredColumn> keyColumns;
  private final StoredColumn period;
  private final StoredColumn value;
  private final List<StoredColumn> attributeColumns;

  private SdmxXmlData(SdmxData data, XMLStreamWriter xml) {
    this.data = data;
    this.xml = xml;
    ObservationSnapshot snapshot = data.snapshot();
    this.keyColumns =
        MigrationDataflow.KEY_DIMENSIONS.stream().map(d -> snapshot.column(d.column())).toList();
    this.period = snapshot.column(MigrationDataflow.TIME_PERIOD.column());
    this.value = snapshot.column(MigrationDataflow.OBS_VALUE.column());
    this.attributeColumns =
        MigrationDataflow.ATTRIBUTES.stream().map(a -> snapshot.column(a.column())).toList();
  }

  static void write(SdmxData data, XMLStreamWriter xml) throws XMLStreamException {
    new SdmxXmlData(data, xml).message();
  }

  private void message() throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("message", "GenericData", MESSAGE);
    xml.writeNamespace("message", MESSAGE);
    xml.writeNamespace("generic", GENERIC);
    xml.writeNamespace("common", COMMON);
    header();
    xml.writeStartElement(MESSAGE, "DataSet");
    xml.writeAttribute("structureRef", STRUCTURE_REF);
    for (int[] rows : data.series()) {
      if (data.flatObservations()) {
        for (int row : rows) {
          observation(row, true);
        }
      } else {
        series(rows);
      }
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
  }

  private void header() throws XMLStreamException {
    xml.writeStartElement(MESSAGE, "Header");
    text(MESSAGE, "ID", "IREF-" + UUID.randomUUID());
    text(MESSAGE, "Test", "false");
    text(MESSAGE, "Prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    xml.writeEmptyElement(MESSAGE, "Sender");
    xml.writeAttribute("id", SdmxMessages.SENDER);
    xml.writeStartElement(MESSAGE, "Structure");
    xml.writeAttribute("structureID", STRUCTURE_REF);
    xml.writeAttribute(
        "dimensionAtObservation",
        data.flatObservations()
            ? SdmxDataController.ALL_AT_OBSERVATION
            : SdmxDataController.TIME_AT_OBSERVATION);
    xml.writeStartElement(COMMON, "StructureUsage");
    xml.writeEmptyElement("Ref");
    xml.writeAttribute("agencyID", MigrationDataflow.AGENCY);
    xml.writeAttribute("id", MigrationDataflow.ID);
    xml.writeAttribute("version", MigrationDataflow.VERSION);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void series(int[] rows) throws XMLStreamException {
    xml.writeStartElement(GENERIC, "Series");
    xml.writeStartElement(GENERIC, "SeriesKey");
    keyValues(rows[0]);
    xml.writeEndElement();
    for (int row : rows) {
      observation(row, false);
    }
    xml.writeEndElement();
  }

  private void observation(int row, boolean withKey) throws XMLStreamException {
    xml.writeStartElement(GENERIC, "Obs");
    if (withKey) {
      xml.writeStartElement(GENERIC, "ObsKey");
      keyValues(row);
      component(MigrationDataflow.TIME_PERIOD.id(), (String) period.value(row));
      xml.writeEndElement();
    } else {
      xml.writeEmptyElement(GENERIC, "ObsDimension");
      xml.writeAttribute("value", (String) period.value(row));
    }
    xml.writeEmptyElement(GENERIC, "ObsValue");
    xml.writeAttribute("value", number(value.value(row)));
    xml.writeStartElement(GENERIC, "Attributes");
    for (int a = 0; a < attributeColumns.size(); a++) {
      Component attribute = MigrationDataflow.ATTRIBUTES.get(a);
      Object raw = attributeColumns.get(a).value(row);
      if (raw != null) {
        String text = attribute.codelist().isPresent() ? SdmxIds.of((String) raw) : number(raw);
        component(attribute.id(), text);
      }
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void keyValues(int row) throws XMLStreamException {
    for (int d = 0; d < keyColumns.size(); d++) {
      component(
          MigrationDataflow.KEY_DIMENSIONS.get(d).id(),
          SdmxIds.of((String) keyColumns.get(d).value(row)));
    }
  }

  private void component(String id, String text) throws XMLStreamException {
    xml.writeEmptyElement(GENERIC, "Value");
    xml.writeAttribute("id", id);
    xml.writeAttribute("value", text);
  }

  private void text(String namespace, String element, String text) throws XMLStreamException {
    xml.writeStartElement(namespace, element);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** Doubles in plain notation, as the CSV writes them. */
  private static String number(Object raw) {
    if (raw instanceof Double number && !number.isNaN() && !number.isInfinite()) {
      return BigDecimal.valueOf(number).toPlainString();
    }
    return raw.toString();
  }
}
