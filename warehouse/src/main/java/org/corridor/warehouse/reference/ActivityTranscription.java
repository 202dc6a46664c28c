package org.corridor.warehouse.reference;

import java.io.IOException;
import java.io.InputStream;
import org.corridor.warehouse.WarehouseErrors;

/**
 * The activity records Corridor ships as reference data, transcribed from the seed documents in the
 * layouts a secretariat uses to add records: the ETL loads them like any other activity file.
 */
public enum ActivityTranscription {
  /** Annex B, "RCPs Development and Policy Coherence by Thematic Priority" (seed 004). */
  RCP_ANNEX("rcp_activities.csv"),
  /** The GFMD matrix of projects and activities (seed 003), with practices of seed 001. */
  GFMD_MATRIX("gfmd_activities.csv");

  private final String fileName;

  ActivityTranscription(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  /** The file as shipped, byte for byte. */
  public byte[] bytes() {
    try (InputStream in = ActivityTranscription.class.getResourceAsStream(fileName)) {
      if (in == null) {
        throw WarehouseErrors.missingResource(fileName);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw WarehouseErrors.unreadableCodeList(fileName, e);
    }
  }
}
