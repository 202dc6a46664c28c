package org.corridor.api.observation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicators with figures per corridor, and which way each one's {@code origin} and {@code
 * destination} columns point. A corridor is named as migrants move, from their country of origin to
 * their country of destination; remittances flow back the other way, so the gold table records a
 * remittance's origin as the migrants' destination.
 */
final class CorridorIndicators {

  /** Which way an indicator's origin and destination columns point. */
  enum Flow {
    /** Origin is the migrants' country of origin, destination the country they live or work in. */
    MIGRANTS,
    /** Origin is the sending country (where migrants live), destination the receiving one. */
    REMITTANCES
  }

  /** Catalogue code to flow, in the order an answer lists them. */
  static final Map<String, Flow> FLOWS = flows();

  private CorridorIndicators() {}

  private static Map<String, Flow> flows() {
    Map<String, Flow> flows = new LinkedHashMap<>();
    flows.put("10.c.1", Flow.REMITTANCES);
    flows.put("10.c.1.SMART", Flow.REMITTANCES);
    flows.put("GCM20.BILATERAL_REMITTANCES", Flow.REMITTANCES);
    flows.put("LABOUR.MIGRANT_WORKERS", Flow.MIGRANTS);
    flows.put("10.7.1", Flow.MIGRANTS);
    flows.put("GCM21.RETURNS", Flow.MIGRANTS);
    return flows;
  }
}
