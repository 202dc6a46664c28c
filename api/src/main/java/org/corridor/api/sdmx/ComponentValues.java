package org.corridor.api.sdmx;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The distinct values one component takes in an SDMX-JSON message, in order of first use: keys and
 * observations refer to a value by its index in this list.
 */
final class ComponentValues {
  private final Map<Object, Integer> indices = new HashMap<>();
  private final ArrayNode values = JsonNodeFactory.instance.arrayNode();

  /** The index of a value, which {@code describe} writes into the message on first use. */
  int indexOf(Object value, Consumer<ObjectNode> describe) {
    Integer index = indices.get(value);
    if (index != null) {
      return index;
    }
    ObjectNode node = values.addObject();
    describe.accept(node);
    indices.put(value, values.size() - 1);
    return values.size() - 1;
  }

  ArrayNode values() {
    return values;
  }
}
