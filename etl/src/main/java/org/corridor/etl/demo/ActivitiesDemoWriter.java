package org.corridor.etl.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.etl.source.activities.ActivityLayout;
import org.corridor.warehouse.reference.ActivityTranscription;

/**
 * Writes the activity inputs of the demo: the shipped transcriptions of the RCP annex and the GFMD
 * matrix, unchanged, and two small files of new records as a secretariat would add them, each with
 * one planted bad record (GCM objective 24, of 23; sub-theme RT2a under roundtable RT1).
 */
final class ActivitiesDemoWriter {
  static final String RCP_ANNEX_FILE = "rcp_activities.csv";
  static final String GFMD_MATRIX_FILE = "gfmd_activities.csv";
  static final String RCP_SECRETARIAT_FILE = "rcp_activities_secretariat_demo.csv";
  static final String GFMD_SECRETARIAT_FILE = "gfmd_practices_secretariat_demo.csv";

  // A source of its own, so these records are added beside the transcriptions, not over them.
  private static final String RCP_RECORDS =
      """
      "Corridor demo: secretariat report 2025 (fictional records)",MIDSA,1,research,1,reported,\
      "Study of remittance prices in the corridors between SADC member states, 2024-2025",\
      2024 2025,,RT2a,20,10.c,
      "Corridor demo: secretariat report 2025 (fictional records)",MIDSA,1,capacity_building,1,\
      reported,"Regional workshop on labour migration statistics for national statistical \
      offices, Gaborone, 2025",2025,BWA,RT1,1,17.18,
      "Corridor demo: secretariat report 2025 (fictional records)",MIDSA,1,pilot_projects,1,\
      no_example_provided,,,,,,,
      "Corridor demo: secretariat report 2025 (fictional records)",ADD,,link_to_gfmd,1,reported,\
      "Presentation of the Dialogue's skills certification pilot to the GFMD Summit, 2025",2025,,\
      RT1c,18,,The annex gives the Abu Dhabi Dialogue no group.
      "Corridor demo: secretariat report 2025 (fictional records)",MIDSA,1,cross_fertilisation,1,\
      reported,"Joint meeting of the MIDSA and MIDCOM secretariats, Lusaka, 2025",2025,ZMB,RT3c,\
      24,,
      """;

  private static final String GFMD_RECORDS =
      """
      "Corridor demo: secretariat report 2025 (fictional records)",DEMO-2025-1,practice,RT2,RT2a,\
      Remittance price comparison portal,"A public website comparing the cost of sending money \
      home from the capital.",,Central Bank; Ministry of Labour,KEN,2025,20,10.c 17.3,
      "Corridor demo: secretariat report 2025 (fictional records)",DEMO-2025-2,practice,RT1,RT1c,\
      Mutual recognition of nursing qualifications,"Two ministries of health recognise each \
      other's nursing diplomas.",,Ministry of Health,DEU PHL,2024 2025,18,,
      "Corridor demo: secretariat report 2025 (fictional records)",DEMO-2025-3,practice,RT1,RT2a,\
      Diaspora bond for housing,A savings bond sold to nationals abroad.,,Ministry of Finance,ETH,\
      2025,19,17.3,
      """;

  private ActivitiesDemoWriter() {}

  /** Writes the four files into {@code folder} and returns their paths. */
  static List<Path> write(Path folder) throws IOException {
    Path annex = folder.resolve(RCP_ANNEX_FILE);
    Path matrix = folder.resolve(GFMD_MATRIX_FILE);
    Path rcp = folder.resolve(RCP_SECRETARIAT_FILE);
    Path gfmd = folder.resolve(GFMD_SECRETARIAT_FILE);
    Files.write(annex, ActivityTranscription.RCP_ANNEX.bytes());
    Files.write(matrix, ActivityTranscription.GFMD_MATRIX.bytes());
    writeRecords(rcp, ActivityLayout.RCP, RCP_RECORDS);
    writeRecords(gfmd, ActivityLayout.GFMD, GFMD_RECORDS);
    return List.of(annex, matrix, rcp, gfmd);
  }

  private static void writeRecords(Path file, ActivityLayout layout, String records)
      throws IOException {
    Files.writeString(
        file, String.join(",", layout.header()) + "\n" + records, StandardCharsets.UTF_8);
  }
}
