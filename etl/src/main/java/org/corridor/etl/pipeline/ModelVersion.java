package org.corridor.etl.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;

/**
 * A fingerprint of the reference data gold is built with (areas, groups, memberships and the
 * catalogue's version): when it changes, gold must be rebuilt even if no input did.
 */
final class ModelVersion {
  private ModelVersion() {}

  static String of(Areas areas, IndicatorCatalogue catalogue) {
    String canonical =
        catalogue.version()
            + "\n"
            + areas.countries()
            + "\n"
            + areas.groups()
            + "\n"
            + areas.wdiAggregates();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256, which every Java 17 runtime has", e);
    }
  }
}
