package org.corridor.api.sdmx;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;

/**
 * Reads SDMX answers back into flat observations, component id to value as text (null where
 * absent), the way an SDMX client would: SDMX-CSV by its header, SDMX-JSON by resolving every index
 * against the structure's value lists.
 */
final class SdmxMessageReader {
  static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
  static final String GENERIC = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";

  private SdmxMessageReader() {}

  static List<Map<String, String>> csv(String body) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      List<Map<String, String>> observations = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> observation = new LinkedHashMap<>();
        for (String column : parser.getHeaderNames()) {
          String value = record.get(column);
          observation.put(column, value.isEmpty() ? null : value);
        }
        observations.add(observation);
      }
      return observations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Map<String, String>> json(JsonNode message) {
    JsonNode structure = message.get("data").get("structures").get(0);
    JsonNode seriesDimensions = structure.get("dimensions").get("series");
    JsonNode observationDimensions = structure.get("dimensions").get("observation");
    JsonNode attributes = structure.get("attributes").get("observation");
    JsonNode dataSet = message.get("data").get("dataSets").get(0);
    List<Map<String, String>> observations = new ArrayList<>();
    if (dataSet.has("series")) {
      for (Entry<String, JsonNode> series : dataSet.get("series").properties()) {
        Map<String, String> seriesKey = key(series.getKey(), seriesDimensions);
        read(
            series.getValue().get("observations"),
            seriesKey,
            observationDimensions,
            attributes,
            observations);
      }
    } else {
      read(dataSet.get("observations"), Map.of(), observationDimensions, attributes, observations);
    }
    return observations;
  }

  /** SDMX-ML generic data: series keys, observation dimension or key, value and attributes. */
  static List<Map<String, String>> xml(String body) {
    Document document = document(body);
    List<Map<String, String>> observations = new ArrayList<>();
    NodeList series = document.getElementsByTagNameNS(GENERIC, "Series");
    for (int s = 0; s < series.getLength(); s++) {
      Element one = (Element) series.item(s);
      Map<String, String> seriesKey = values(child(one, "SeriesKey"));
      for (Element obs : children(one, "Obs")) {
        Map<String, String> observation = new LinkedHashMap<>(seriesKey);
        observation.put("TIME_PERIOD", child(obs, "ObsDimension").getAttribute("value"));
        observation.putAll(xmlObservation(obs));
        observations.add(observation);
      }
    }
    Element dataSet = (Element) document.getElementsByTagNameNS(MESSAGE, "DataSet").item(0);
    for (Element obs : children(dataSet, "Obs")) {
      Map<String, String> observation = values(child(obs, "ObsKey"));
      observation.putAll(xmlObservation(obs));
      observations.add(observation);
    }
    return observations;
  }

  private static Map<String, String> xmlObservation(Element obs) {
    Map<String, String> observation = new LinkedHashMap<>();
    observation.put("OBS_VALUE", child(obs, "ObsValue").getAttribute("value"));
    observation.putAll(values(child(obs, "Attributes")));
    return observation;
  }

  private static Map<String, String> values(Element parent) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element value : children(parent, "Value")) {
      values.put(value.getAttribute("id"), value.getAttribute("value"));
    }
    return values;
  }

  private static Element child(Element parent, String name) {
    return children(parent, name).get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && GENERIC.equals(element.getNamespaceURI())
          && element.getLocalName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }

  private static Document document(String body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("not an XML document: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void read(
      JsonNode byKey,
      Map<String, String> seriesKey,
      JsonNode dimensions,
      JsonNode attributes,
      List<Map<String, String>> observations) {
    for (Entry<String, JsonNode> entry : byKey.properties()) {
      Map<String, String> observation = new LinkedHashMap<>(seriesKey);
      observation.putAll(key(entry.getKey(), dimensions));
      JsonNode values = entry.getValue();
      observation.put("OBS_VALUE", values.get(0).asString());
      for (int a = 0; a < attributes.size(); a++) {
        JsonNode index = values.get(a + 1);
        JsonNode value = index.isNull() ? null : attributes.get(a).get("values").get(index.asInt());
        observation.put(attributes.get(a).get("id").asString(), value == null ? null : text(value));
      }
      observations.add(observation);
    }
  }

  private static Map<String, String> key(String key, JsonNode dimensions) {
    Map<String, String> values = new LinkedHashMap<>();
    String[] indices = key.split(":");
    for (int d = 0; d < dimensions.size(); d++) {
      JsonNode dimension = dimensions.get(d);
      JsonNode value = dimension.get("values").get(Integer.parseInt(indices[d]));
      values.put(dimension.get("id").asString(), text(value));
    }
    return values;
  }

  private static String text(JsonNode value) {
    return value.has("id") ? value.get("id").asString() : value.get("value").asString();
  }
}
