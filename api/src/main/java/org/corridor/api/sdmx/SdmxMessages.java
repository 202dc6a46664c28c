package org.corridor.api.sdmx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Parts shared by the SDMX-JSON messages Corridor writes. */
final class SdmxMessages {
  static final String SENDER = "CORRIDOR";

  private SdmxMessages() {}

  /** A message's {@code meta}: a fresh id, the time it was prepared, the sender. */
  static ObjectNode meta(String schema) {
    ObjectNode meta = JsonNodeFactory.instance.objectNode();
    meta.put("schema", schema);
    meta.put("id", "IREF-" + UUID.randomUUID());
    meta.put("test", false);
    meta.put("prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    meta.putArray("contentLanguages").add("en");
    ObjectNode sender = meta.putObject("sender");
    sender.put("id", SENDER);
    named(sender, "Corridor");
    return meta;
  }

  /** Writes a name as SDMX-JSON 2.0 does: {@code name} and the localised {@code names}. */
  static ObjectNode named(ObjectNode node, String name) {
    node.put("name", name);
    node.putObject("names").put("en", name);
    return node;
  }
}
